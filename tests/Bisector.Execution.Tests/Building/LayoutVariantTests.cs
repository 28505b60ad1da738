using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Execution.Building;
using Bisector.Execution.Building.Layouts;
using Bisector.Execution.Processes;
using Bisector.Git.Checkout;
using Bisector.Git.History;
using Bisector.Testing;
using Serilog.Core;

namespace Bisector.Execution.Tests.Building;

/// <summary>Layout variants of real builds of a small C program: the code lands elsewhere, the instructions stay.</summary>
public sealed class LayoutVariantTests : IDisposable
{
    private const string Program = """
        #include <stdio.h>
        int util(void);
        __attribute__((noinline)) int hot(int x) { return x * 3 + util(); }
        int main(void) { long s = 0; for (int i = 0; i < 100000; i++) s += hot(i); printf("%ld\n", s); return 0; }

        """;

    private readonly GitTestRepository _repo = new();
    private readonly TempDirectory _work = new();
    private readonly GitCommitGraph _graph;

    public LayoutVariantTests() => _graph = GitCommitGraph.Open(_repo.Path);

    public void Dispose()
    {
        _graph.Dispose();
        _repo.Dispose();
        _work.Dispose();
    }

    private static Dictionary<string, string> Sources(string makefileCompiler = "$(CC)") => new()
    {
        ["Makefile"] = $"prog: prog.o util.o\n\t{makefileCompiler} -o prog prog.o util.o\n\nclean:\n\trm -f prog *.o\n",
        ["prog.c"] = Program,
        ["util.c"] = "int util(void) { return 1; }\n",
    };

    private CachingBuilder Builder(string name = "checkout", string command = "make prog")
    {
        var settings = new BuildSettings([command], new Dictionary<string, string>(), TimeSpan.FromMinutes(2), ["prog"], ["make clean"], ["Makefile"]);
        var checkout = PrivateCheckout.Open(_graph.ObjectsDirectory, _work.Combine(name));
        return new CachingBuilder(settings, BuildKey.Of(settings, "cc (test) 12.2.0"), checkout, _work.Combine(name + "-artifacts"), new ProcessRunner(), Logger.None);
    }

    private CommitInfo Info(LibGit2Sharp.Commit commit) => _graph.Lookup(commit.Sha);

    private static async Task<string> RunAsync(string command, string directory)
    {
        var result = await new ProcessRunner().RunAsync(command, directory, new Dictionary<string, string>(), TimeSpan.FromMinutes(2), null, CancellationToken.None);
        Assert.True(result.Success, $"{command}: exit {result.ExitCode}\n{result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>The address of <c>hot</c> in the build's program.</summary>
    private static async Task<long> HotAddressAsync(BuildOutcome build) =>
        long.Parse((await RunAsync("nm prog", build.ArtifactDirectory)).Split('\n').Single(l => l.EndsWith(" T hot", StringComparison.Ordinal))[..16], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>Instructions the program executes, run from one path for every build (the loader's work depends on the path's length).</summary>
    private async Task<long> InstructionsAsync(BuildOutcome build)
    {
        var folder = Directory.CreateDirectory(_work.Combine("counted")).FullName;
        File.Copy(Path.Combine(build.ArtifactDirectory, "prog"), Path.Combine(folder, "prog"), overwrite: true);
        await RunAsync("valgrind --tool=callgrind --callgrind-out-file=callgrind.out ./prog", folder);
        var totals = (await File.ReadAllLinesAsync(Path.Combine(folder, "callgrind.out"))).Single(l => l.StartsWith("totals:", StringComparison.Ordinal));
        return long.Parse(totals["totals:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    [Fact(Timeout = 300_000)]
    public async Task Each_layout_moves_the_code_and_keeps_the_output_and_the_instructions_executed()
    {
        var commit = Info(_repo.Commit("one", Sources()));
        var builder = Builder();

        var layouts = new List<BuildOutcome>();
        foreach (var layout in new[] { 0, 1, 3 })
        {
            layouts.Add(await builder.BuildLayoutAsync(commit, layout, CancellationToken.None));
        }

        Assert.All(layouts, b => Assert.True(b.Success, b.Error));
        Assert.Equal(3, layouts.Select(b => b.ArtifactDirectory).Distinct().Count());
        var addresses = new List<long>();
        foreach (var build in layouts)
        {
            addresses.Add(await HotAddressAsync(build));
        }

        Assert.Equal(3, addresses.Distinct().Count());
        Assert.True(addresses[2] - addresses[0] >= LayoutShim.PadBytes(3), $"hot at {string.Join(", ", addresses.Select(a => a.ToString("x", CultureInfo.InvariantCulture)))}");
        var outputs = new List<string>();
        var instructions = new List<long>();
        foreach (var build in layouts)
        {
            outputs.Add(await RunAsync("./prog", build.ArtifactDirectory));
            instructions.Add(await InstructionsAsync(build));
        }

        Assert.Single(outputs.Distinct());
        Assert.Single(instructions.Distinct());
        Assert.Equal("layout 3: linked again with a 48-byte pad", layouts[2].Reason);
        Assert.Equal(BuildKind.Cached, (await Builder().BuildLayoutAsync(commit, 3, CancellationToken.None)).Kind);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_layout_costs_a_link_not_a_compile_and_the_next_build_in_the_checkout_has_no_pad()
    {
        var first = Info(_repo.Commit("one", Sources()));
        var docs = Info(_repo.Commit("docs", new Dictionary<string, string> { ["README"] = "nothing the build reads\n" }));
        var builder = Builder();

        var plain = await builder.BuildAsync(first, CancellationToken.None);
        var padded = await builder.BuildLayoutAsync(first, 2, CancellationToken.None);
        var next = await builder.BuildAsync(docs, CancellationToken.None);

        var log = await File.ReadAllTextAsync(padded.LogPath);
        Assert.Contains("-o prog prog.o util.o", log, StringComparison.Ordinal);
        Assert.DoesNotContain("-c", log.Replace("-c core.quotepath", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotEqual(await HotAddressAsync(plain), await HotAddressAsync(padded));
        // The docs commit changes nothing make reads: without the padded program removed, make would have kept it as this build's.
        Assert.Equal(await HotAddressAsync(plain), await HotAddressAsync(next));
    }

    [Fact(Timeout = 300_000)]
    public async Task A_project_that_names_its_compiler_on_the_make_command_line_gets_its_layouts_with_no_change_to_its_config()
    {
        var commit = Info(_repo.Commit("one", Sources(makefileCompiler: "$(CC)")));
        var builder = Builder(command: "make CC=gcc prog");

        var plain = await builder.BuildLayoutAsync(commit, 0, CancellationToken.None);
        var padded = await builder.BuildLayoutAsync(commit, 4, CancellationToken.None);

        Assert.True(padded.Success, padded.Error);
        Assert.Contains("gcc -o prog prog.o util.o", await File.ReadAllTextAsync(padded.LogPath), StringComparison.Ordinal);
        Assert.True(await HotAddressAsync(padded) - await HotAddressAsync(plain) >= LayoutShim.PadBytes(4));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_shim_passes_compiles_through_untouched_and_a_pad_of_zero_links_the_same_program()
    {
        var folder = LayoutShim.Install(_work.Combine("shim"));
        var source = _work.Combine("p.c");
        await File.WriteAllTextAsync(source, Program.Replace("util()", "1", StringComparison.Ordinal));
        var padded = LayoutShim.Environment(new Dictionary<string, string>(), folder, layout: 4);
        var zero = LayoutShim.Environment(new Dictionary<string, string>(), folder, layout: 0);
        async Task<ProcessResult> Gcc(string arguments, Dictionary<string, string> environment) =>
            await new ProcessRunner().RunAsync($"gcc {arguments}", _work.Path, environment, TimeSpan.FromMinutes(1), null, CancellationToken.None);

        Assert.True((await Gcc("-O2 -c p.c -o direct.o", new Dictionary<string, string>())).Success);
        Assert.True((await Gcc("-O2 -c p.c -o shimmed.o", padded)).Success);
        Assert.True((await Gcc("-o direct direct.o", new Dictionary<string, string>())).Success);
        Assert.True((await Gcc("-o zero direct.o", zero)).Success);
        Assert.True((await Gcc("-o moved direct.o", padded)).Success);

        Assert.Equal(await File.ReadAllBytesAsync(_work.Combine("direct.o")), await File.ReadAllBytesAsync(_work.Combine("shimmed.o")));
        Assert.Equal(await File.ReadAllBytesAsync(_work.Combine("direct")), await File.ReadAllBytesAsync(_work.Combine("zero")));
        Assert.NotEqual(await File.ReadAllBytesAsync(_work.Combine("direct")), await File.ReadAllBytesAsync(_work.Combine("moved")));
    }
}
