using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Core.Session;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;
using Bisector.Testing;
using Serilog.Core;

namespace Bisector.Execution.Tests.Benchmarks;

/// <summary>The instruction count behind a time verdict, on real compiled programs.</summary>
public sealed class InstructionProbeTests : IDisposable
{
    private static readonly MachineTools s_bare = new(PerfTaskClock: false, PerfInstructions: false, Valgrind: false, GnuTime: false, Taskset: false);

    private readonly TempDirectory _folder = new();
    private readonly ProcessRunner _processes = new();

    private static BenchmarkSettings Timed(string command, Metric? metric = null) =>
        new("b", command, metric ?? Metric.WallTime, "s", 1, TimeSpan.FromSeconds(60), null);

    private BuildOutcome BuildIn(string directory) => new(true, BuildKind.Clean, directory, _folder.Path, 0, "build.log", null);

    private async Task<string> Compile(string name, string source, string flags = "-O1")
    {
        var directory = _folder.Combine(name);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "loop.c"), source);
        var result = await _processes.RunAsync($"cc {flags} -o loop loop.c", directory, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), null, CancellationToken.None);
        Assert.True(result.Success, result.StandardError);
        return directory;
    }

    private const string Loop = "#include <stdlib.h>\nint main(int c, char **v) { volatile long s = 0; long n = atol(v[1]); for (long i = 0; i < n; i++) s += i; return 0; }\n";

    [Fact(Timeout = 120_000)]
    public async Task A_time_benchmark_is_counted_with_the_check_s_own_shorter_command()
    {
        var tools = await MachineTools.DetectAsync(_processes, CancellationToken.None);
        Assert.True(tools.Valgrind || tools.PerfInstructions, "needs valgrind or perf instruction counters: run scripts/setup");
        var directory = await Compile("plain", Loop);
        var benchmark = Timed("./loop 300000000") with { InstructionCheck = InstructionCheckSettings.Default with { Command = "./loop 200000" } };

        var probe = InstructionProbes.For(benchmark, tools, _processes, _folder.Combine("scratch"), Logger.None)!;
        var counted = await probe.Runner!.MeasureAsync(BuildIn(directory), CancellationToken.None);

        Assert.True(counted.Success, counted.Error);
        Assert.Equal(tools.PerfInstructions ? "instructions" : "callgrind", probe.Metric);
        Assert.InRange(counted.Value, 200000 * 3, 200000 * 40);
    }

    [Fact(Timeout = 120_000)]
    public async Task Builds_that_differ_only_in_code_layout_execute_the_same_instructions()
    {
        var tools = await MachineTools.DetectAsync(_processes, CancellationToken.None);
        Assert.True(tools.Valgrind, "needs valgrind: run scripts/setup");
        var plain = await Compile("plain", Loop);
        // Unused code in front of main and another loop alignment move the hot loop, as an unrelated commit can.
        var moved = await Compile("moved", "static volatile int pad;\n__attribute__((used, noinline)) static void unused(void) { for (int i = 0; i < 7; i++) pad += i * 3; }\n" + Loop, "-O1 -falign-loops=64 -falign-functions=64");
        var probe = InstructionProbes.For(Timed("./loop 100000000"), tools with { PerfInstructions = false }, _processes, _folder.Combine("scratch"), Logger.None)!;

        var before = await probe.Runner!.MeasureAsync(BuildIn(plain), CancellationToken.None);
        var after = await probe.Runner.MeasureAsync(BuildIn(moved), CancellationToken.None);

        Assert.True(before.Success && after.Success, before.Error ?? after.Error);
        Assert.False(File.ReadAllBytes(Path.Combine(plain, "loop")).SequenceEqual(File.ReadAllBytes(Path.Combine(moved, "loop"))));
        var change = (after.Value - before.Value) / before.Value * 100;
        Assert.Equal(InstructionFinding.SameInstructions, new InstructionEvidence("callgrind", [before.Value], [after.Value], change, 12).Finding);
    }

    [Fact]
    public void No_check_is_made_when_the_metric_already_counts_instructions_or_the_config_turns_it_off()
    {
        var tools = s_bare with { Valgrind = true };

        Assert.Null(InstructionProbes.For(Timed("./b", Metric.Callgrind), tools, _processes, _folder.Path, Logger.None));
        Assert.Null(InstructionProbes.For(Timed("./b") with { InstructionCheck = InstructionCheckSettings.Off }, tools, _processes, _folder.Path, Logger.None));
        Assert.NotNull(InstructionProbes.For(Timed("./b", Metric.Output), tools, _processes, _folder.Path, Logger.None)?.Runner);
    }

    [Fact]
    public void Without_valgrind_or_perf_counters_the_probe_says_what_to_install()
    {
        var probe = InstructionProbes.For(Timed("./b", Metric.CpuTime), s_bare, _processes, _folder.Path, Logger.None)!;

        Assert.Null(probe.Runner);
        Assert.Contains("apt-get install valgrind", probe.Unavailable, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
