using System.Globalization;

namespace Bisector.Execution.Building.Layouts;

/// <summary>
/// A compiler shim put first on a build's PATH under the C compilers' names (as ccache masquerades): a link step gets a
/// padding object of <c>BISECTOR_LAYOUT_PAD</c> bytes in front of its inputs, in <c>.text</c> and in <c>.text.hot</c>
/// (where GCC puts functions marked hot, such as CPython's eval loop, ahead of the rest), so the program's code lands
/// that many bytes later while its instructions stay the same. Compiles, preprocessing, partial links and version
/// checks go to the real compiler untouched, and a pad of 0 passes everything through. Linux only, like the builds.
/// </summary>
public static class LayoutShim
{
    /// <summary>The variable that carries the pad, in bytes, to the shim.</summary>
    public const string PadVariable = "BISECTOR_LAYOUT_PAD";

    /// <summary>The compiler names the shim answers to: what makefiles, configure and <c>make CC=gcc</c> call.</summary>
    public static readonly IReadOnlyList<string> CompilerNames = ["cc", "gcc", "c99", "clang", "c++", "g++", "clang++"];

    private const string ScriptName = "bisector-layout-shim";

    /// <summary>The pad of a layout: 16 bytes apart, the code alignment compilers use, so 8 layouts cover two 64-byte cache lines.</summary>
    public static int PadBytes(int layout) => layout * 16;

    /// <summary>Writes the shim and its compiler names into <paramref name="folder"/> (again when the script changed) and returns the folder.</summary>
    public static string Install(string folder)
    {
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, ScriptName);
        if (!File.Exists(script) || File.ReadAllText(script) != Script)
        {
            var staging = $"{script}.tmp-{System.Environment.ProcessId}";
            File.WriteAllText(staging, Script);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            File.Move(staging, script, overwrite: true);
        }

        foreach (var name in CompilerNames)
        {
            var link = Path.Combine(folder, name);
            if (!File.Exists(link))
            {
                try
                {
                    File.CreateSymbolicLink(link, ScriptName);
                }
                catch (IOException) when (File.Exists(link))
                {
                    // Another run made it first.
                }
            }
        }

        return folder;
    }

    /// <summary>The build's variables with the shim first on PATH and the layout's pad set.</summary>
    public static Dictionary<string, string> Environment(IReadOnlyDictionary<string, string> build, string shimFolder, int layout)
    {
        var environment = new Dictionary<string, string>(build, StringComparer.Ordinal);
        var path = build.GetValueOrDefault("PATH") ?? System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        environment["PATH"] = $"{shimFolder}:{path}";
        environment[PadVariable] = PadBytes(layout).ToString(CultureInfo.InvariantCulture);
        return environment;
    }

    /// <summary>The shim itself. It finds the real compiler as the next one of its name on PATH (ccache's, when ccache is on).</summary>
    internal const string Script = """
        #!/usr/bin/env bash
        # Bisector's layout shim: a link step gets a padding object of $BISECTOR_LAYOUT_PAD bytes in front of its inputs,
        # so the program's code lands that many bytes later; every other call goes to the real compiler untouched.
        here=$(cd "$(dirname "$0")" && pwd)
        name=$(basename "$0")
        rest=$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$here" | paste -sd: -)
        real=$(PATH=$rest command -v "$name") || { echo "bisector layout shim: no $name on PATH" >&2; exit 127; }
        pad=${BISECTOR_LAYOUT_PAD:-0}
        link=0
        for arg in "$@"; do
          case $arg in
            -c|-S|-E|-M|-MM|-r|-Wl,-r|--version|-dumpversion|-dumpfullversion|-dumpmachine|-print-*|--print-*|--help) link=0; break ;;
            -*) ;;
            *.o|*.a|*.so|*.c|*.cc|*.cpp|*.s|*.S|*.lo) link=1 ;;
          esac
        done
        if [ "$pad" = 0 ] || [ "$link" = 0 ]; then
          PATH=$rest exec "$real" "$@"
        fi
        object="$here/pad-$pad.o"
        if [ ! -f "$object" ]; then
          printf '\t.section .text,"ax",@progbits\n\t.skip %d, 0x90\n\t.section .text.hot,"ax",@progbits\n\t.skip %d, 0x90\n\t.section .note.GNU-stack,"",@progbits\n' "$pad" "$pad" \
            | PATH=$rest "$real" -c -x assembler -o "$object.$$" - && mv -f "$object.$$" "$object" || exit 1
        fi
        PATH=$rest exec "$real" "$object" "$@"

        """;
}
