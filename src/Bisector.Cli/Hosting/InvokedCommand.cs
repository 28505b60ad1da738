namespace Bisector.Cli.Hosting;

/// <summary>
/// How the user started Bisector, so that a report's commands run as written: <c>scripts/bisector</c> (which names itself
/// in <c>BISECTOR_COMMAND</c>), <c>dotnet run --project</c> from a clone, or the installed <c>bisector</c>; and a config's
/// own file in place of its copy in a clone's build output.
/// </summary>
internal static class InvokedCommand
{
    private const string BuildOutput = "/src/Bisector.Cli/bin/";

    /// <summary>The command that starts Bisector the way this process was started.</summary>
    public static string Bisector()
    {
        if (Environment.GetEnvironmentVariable("BISECTOR_COMMAND") is { Length: > 0 } named)
        {
            return HostArguments.Join([named]);
        }

        return CloneRoot(AppContext.BaseDirectory) is { } root
            ? "dotnet run --project " + HostArguments.Join([Path.Combine(root, "src", "Bisector.Cli")]) + " --"
            : "bisector";
    }

    /// <summary>A `bisector ...` line with its first word replaced by <see cref="Bisector"/>.</summary>
    public static string Rewrite(string line) =>
        line.StartsWith("bisector ", StringComparison.Ordinal) ? Bisector() + line["bisector".Length..] : line;

    /// <summary>
    /// The config's source file when <paramref name="path"/> is its copy in a clone's build output (a project's
    /// <c>bin/.../bisect-configs/</c>, which a clean or another build replaces): the same file under the clone's own
    /// <c>bisect-configs/</c>, found in the folders above the build output. Else the path as given.
    /// </summary>
    public static string ConfigSource(string path)
    {
        var full = Path.GetFullPath(path);
        var at = full.IndexOf("/bin/", StringComparison.Ordinal);
        var configs = at < 0 ? -1 : (full + "/").IndexOf("/bisect-configs/", at, StringComparison.Ordinal);
        if (at < 0 || configs < 0)
        {
            return full;
        }

        var relative = Path.TrimEndingDirectorySeparator((full + "/")[(configs + 1)..]);
        for (var folder = full[..at]; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var source = Path.Combine(folder, relative);
            if (File.Exists(source) || Directory.Exists(source))
            {
                return source;
            }
        }

        return full;
    }

    private static string? CloneRoot(string baseDirectory)
    {
        var full = Path.GetFullPath(baseDirectory);
        var at = full.IndexOf(BuildOutput, StringComparison.Ordinal);
        return at > 0 && Directory.Exists(Path.Combine(full[..at], "src", "Bisector.Cli")) ? full[..at] : null;
    }
}
