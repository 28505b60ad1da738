using Bisector.Core.Explain;
using Bisector.Core.Explain.Sites;
using Bisector.Execution.Processes;
using Bisector.Execution.Profiling;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Profiling;

/// <summary>Real builds of a small eval loop whose 12 cases each expand a macro: the commit's edit to the macro answered at every site.</summary>
public sealed class SiteComparisonTests : IDisposable
{
    private const string Plain = "do { acc = acc * 3 + (x); } while (0)";
    private readonly TempDirectory _work = new();
    private readonly ProcessRunner _processes = new();

    public void Dispose() => _work.Dispose();

    private static string Program(string step, string above = "", string before = "", string use = "STEP") => $$"""
        #include <stdio.h>
        #include <stdlib.h>
        {{above}}static volatile int flag;
        #define STEP(x) {{step}}
        {{before}}
        __attribute__((noinline)) long eval(const unsigned char *code, int n)
        {
          long acc = 0;
          for (int i = 0; i < n; i++) {
            switch (code[i] % 12) {
        {{string.Join('\n', Enumerable.Range(0, 12).Select(k => $"      case {k}: {use}(code[i] + {k} * i); break;"))}}
            }
          }
          return acc;
        }
        int main(int argc, char **argv)
        {
          int n = argc > 1 ? atoi(argv[1]) : 1000;
          unsigned char *code = malloc(n);
          for (int i = 0; i < n; i++) code[i] = (unsigned char)(i * 7);
          printf("%ld\n", eval(code, n));
          return 0;
        }

        """;

    private sealed class Folder(string path) : ISourceFiles
    {
        public string? RepositoryPath(string debugPath) => Path.GetFileName(debugPath) == "prog.c" ? "prog.c" : null;

        public string? Read(string repositoryPath) => File.ReadAllText(Path.Combine(path, repositoryPath));
    }

    private async Task<string> RunAsync(string command, string directory)
    {
        var result = await _processes.RunAsync(command, directory, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), null, CancellationToken.None);
        Assert.True(result.Success, $"{command}: {result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>The program built from <paramref name="source"/> in its own folder, and its eval function's machine code.</summary>
    private async Task<(FunctionCode Code, Folder Sources)> BuildAsync(string name, string source)
    {
        var folder = Directory.CreateDirectory(_work.Combine(name)).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "prog.c"), source);
        // Without tail merging, as where each site ends in its own computed goto (CPython's DISPATCH): otherwise GCC moves
        // the part of the macro every case shares into one tail, and the sites differ by a jump.
        await RunAsync("gcc -O2 -fno-crossjumping -fno-tree-tail-merge -g -fno-omit-frame-pointer -o prog prog.c", folder);
        var (address, size) = DisassemblyParser.FindSymbol(await RunAsync("nm -S prog", folder), "eval")!.Value;
        var objdump = await RunAsync("objdump -d --no-show-raw-insn -M intel -l --disassemble=eval prog", folder);
        return (DisassemblyParser.Parse(objdump, "eval", "prog", address, size, null)!, new Folder(folder));
    }

    private async Task<(IReadOnlyList<SiteComparison> Sites, MacroSites Step)> CompareAsync(string culpritSource)
    {
        var (sites, _, culpritSources) = await CompareWithDiffAsync(Program(Plain), culpritSource);
        return (sites, SiteComparer.Expansions("STEP", sites, culpritSources));
    }

    private async Task<(IReadOnlyList<SiteComparison> Sites, IReadOnlyList<DiffHunk> Diff, Folder CulpritSources)> CompareWithDiffAsync(string parentSource, string culpritSource)
    {
        var (parent, parentSources) = await BuildAsync("parent", parentSource);
        var (culprit, culpritSources) = await BuildAsync("culprit", culpritSource);
        var patch = await _processes.RunAsync("diff -u --label a/prog.c --label b/prog.c parent/prog.c culprit/prog.c", _work.Path, new Dictionary<string, string>(), TimeSpan.FromSeconds(20), null, CancellationToken.None);
        var diff = UnifiedDiff.Parse(patch.StandardOutput);
        return (SiteComparer.Compare(parent, culprit, new LineShift(diff), parentSources, culpritSources), diff, culpritSources);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_macro_that_gains_work_changes_every_site_that_expands_it_by_the_same_instructions()
    {
        var (_, step) = await CompareAsync(Program("do { acc = acc * 3 + (x); if (flag) acc ^= 1; } while (0)"));

        Assert.Equal(12, step.Sites.Count);
        Assert.Equal(12, step.Changed);
        Assert.Contains(step.TypicalAdded, shape => shape.StartsWith("test", StringComparison.Ordinal));
        Assert.Contains(step.TypicalAdded, shape => shape.Contains("<flag>", StringComparison.Ordinal));
        Assert.True(step.Typical >= 10, $"{step.Typical} of 12 sites changed as {string.Join("; ", step.TypicalAdded)}\n" + string.Join("\n", step.Sites.Select(s => $"{s.Line}: +[{string.Join("; ", s.Added)}] -[{string.Join("; ", s.Removed)}]")));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_macro_edited_in_its_source_only_leaves_every_site_identical_though_every_line_moved()
    {
        var (sites, step) = await CompareAsync(Program("do { acc = acc * 3 + (x); /* reviewed */ } while (0)", above: "/* a line that moves every line below */\n"));

        Assert.Equal(12, step.Sites.Count);
        Assert.Equal(12, step.Identical);
        Assert.All(sites, site => Assert.Equal(SiteFinding.Identical, site.Finding));
    }

    [Fact(Timeout = 120_000)]
    public async Task Code_added_elsewhere_moves_the_function_and_leaves_its_sites_identical()
    {
        var (parent, _) = await BuildAsync("moved-parent", Program(Plain));
        var (sites, step) = await CompareAsync(Program(Plain, before: "__attribute__((noinline)) long helper(long v) { return v * v + 17; }\n"));
        var (culprit, _) = await BuildAsync("moved-culprit", Program(Plain, before: "__attribute__((noinline)) long helper(long v) { return v * v + 17; }\n"));

        Assert.NotEqual(parent.Address, culprit.Address);
        Assert.Equal(12, step.Identical);
        Assert.All(sites, site => Assert.Equal(SiteFinding.Identical, site.Finding));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_summary_answers_an_edited_macro_at_every_site_that_writes_an_outer_macro_expanding_it()
    {
        const string Outer = "#define RUN(x) do { STEP(x); } while (0)\n";
        var (sites, diff, sources) = await CompareWithDiffAsync(
            Program(Plain, before: Outer, use: "RUN"),
            Program("do { acc = acc * 3 + (x); if (flag) acc ^= 1; } while (0)", before: Outer, use: "RUN"));

        var summary = SiteSummaries.Of([sites], diff, sources);

        var step = Assert.Single(summary, row => row.Macro is not null);
        Assert.Equal(("STEP", "eval", 12, 12), (step.Macro, step.Symbol, step.Sites, step.Changed));
        Assert.True(step.AddedInstructions >= 12, $"{step.AddedInstructions} instructions added over 12 sites");
        Assert.Contains(step.TypicalAdded, shape => shape.StartsWith("test", StringComparison.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_summary_of_a_source_only_macro_edit_has_every_site_identical_and_no_changed_line()
    {
        var (sites, diff, sources) = await CompareWithDiffAsync(Program(Plain), Program("do { acc = acc * 3 + (x); /* reviewed */ } while (0)"));

        var summary = SiteSummaries.Of([sites], diff, sources);

        var step = Assert.Single(summary);
        Assert.Equal(("STEP", 12, 12, 0), (step.Macro, step.Sites, step.Identical, step.Changed));
    }

    [Fact]
    public void Lines_after_an_edit_shift_and_removed_lines_are_gone()
    {
        var shift = new LineShift(UnifiedDiff.Parse("""
            --- a/prog.c
            +++ b/prog.c
            @@ -2,3 +2,4 @@
             two
            -three
            +three a
            +three b
             four
            """.Replace("            ", "", StringComparison.Ordinal)));

        Assert.Equal([1, 2, null, 5, 6], new[] { 1, 2, 3, 4, 5 }.Select(line => shift.Map("prog.c", line)));
        Assert.Equal(3, shift.Map("other.c", 3));
    }
}
