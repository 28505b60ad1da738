using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;
using Bisector.Execution.Profiling;
using Bisector.Testing;
using Serilog.Core;

namespace Bisector.Execution.Tests.Profiling;

/// <summary>perf, callgrind and objdump on real minivm builds: the parent, the same source relinked, and the culprit.</summary>
[Collection(ProfilingCollection.Name)]
public sealed class CommandProfilerTests(MinivmBuilds builds) : IDisposable
{
    /// <summary>The instruction check's loops: callgrind runs them in about a second.</summary>
    private const int Loops = 2000;

    private static readonly MachineTools s_tools = new(PerfTaskClock: true, PerfInstructions: false, Valgrind: true, GnuTime: true, Taskset: true);

    private readonly TempDirectory _folder = new();
    private readonly ProcessRunner _processes = new();

    private string Scratch => _folder.Combine("scratch");

    private bool ScratchIsEmpty => !Directory.Exists(Scratch) || !Directory.EnumerateFileSystemEntries(Scratch).Any();

    /// <summary>A profiler of add_local, whose instruction check counts a short run; a million loops take about 280 perf samples.</summary>
    private CommandProfiler Profiler(
        string command = "./minivm add_local 1000000", int targetSamples = 100, int maxRuns = 5, string perf = "perf", MachineTools? tools = null, string? profileCommand = null) =>
        new(new BenchmarkSettings("add_local", command, Metric.WallTime, "s", 0, TimeSpan.FromSeconds(60), null)
        {
            InstructionCheck = InstructionCheckSettings.Default with { Command = $"./minivm add_local {Loops}" },
            ProfileCommand = profileCommand,
        }, _processes, tools ?? s_tools, Scratch, Logger.None)
        {
            TargetSamples = targetSamples,
            MaxRuns = maxRuns,
            Perf = perf,
        };

    [Fact(Timeout = 60_000)]
    public async Task Perf_finds_minivm_spending_most_of_its_time_in_eval_code()
    {
        var profiler = Profiler();

        var profile = (await profiler.RecordTimeAsync(builds.Parent, CancellationToken.None)).Value!;

        Assert.Equal(("perf", 1), (profile.Tool, profile.Runs));
        Assert.Contains(profile.Event, new[] { "cycles", "cpu-clock" });
        Assert.True(profile.CallGraph is "lbr" || profile.CallGraph.StartsWith("frame pointers", StringComparison.Ordinal), profile.CallGraph);
        Assert.Equal(("eval_code", MinivmBuilds.Binary(builds.Parent)), (profile.Symbols[0].Symbol, profile.Symbols[0].Object));
        Assert.InRange(profile.Share("eval_code"), 0.5, 1.0);
        Assert.Equal(profile.Total, profile.Symbols.Sum(s => s.Cost));
        Assert.True(ScratchIsEmpty);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_short_benchmark_is_recorded_again_until_enough_samples_are_summed_or_the_runs_run_out()
    {
        var once = (await Profiler("./minivm add_local 200000", targetSamples: 1).RecordTimeAsync(builds.Parent, CancellationToken.None)).Value!;
        var thrice = (await Profiler("./minivm add_local 200000", targetSamples: 100_000, maxRuns: 3).RecordTimeAsync(builds.Parent, CancellationToken.None)).Value!;

        Assert.Equal((1, 3), (once.Runs, thrice.Runs));
        Assert.InRange(thrice.Total, once.Total * 1.5, once.Total * 6);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_benchmark_too_short_for_the_samples_wanted_runs_its_remaining_runs_in_one_recording()
    {
        // perf itself, behind a script that notes each recording of the benchmark (perf's own probes record `true`).
        var log = _folder.Combine("records.log");
        var perf = _folder.Combine("perf");
        File.WriteAllText(perf, $"#!/bin/bash\ncase \"$*\" in record*' -N -q '*) echo record >> '{log}' ;; esac\nexec perf \"$@\"\n");
        Assert.True((await _processes.RunAsync("chmod +x perf", _folder.Path, new Dictionary<string, string>(), TimeSpan.FromSeconds(10), null, CancellationToken.None)).Success);

        var profile = (await Profiler("./minivm add_local 20000", targetSamples: 100_000, maxRuns: 12, perf: perf).RecordTimeAsync(builds.Parent, CancellationToken.None)).Value!;

        Assert.Equal(12, profile.Runs);
        Assert.Equal(2, File.ReadAllLines(log).Length);
        Assert.True(profile.Total > 0);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_profile_command_is_what_perf_records_in_place_of_a_short_counted_run()
    {
        // The counted command runs one loop: the program's start-up. Its profile command runs the loop for a while.
        var profiler = Profiler("./minivm add_local 1", targetSamples: 100, maxRuns: 3, profileCommand: "./minivm add_local 1000000");

        var profile = (await profiler.RecordTimeAsync(builds.Parent, CancellationToken.None)).Value!;

        Assert.InRange(profile.Share("eval_code"), 0.5, 1.0);
        Assert.True(profile.Total >= 100, $"{profile.Total} samples");
    }

    [Fact(Timeout = 60_000)]
    public async Task Perf_that_is_not_installed_is_missing_with_how_to_install_it()
    {
        var profiler = Profiler(perf: "/nonexistent/perf");

        var profile = await profiler.RecordTimeAsync(builds.Parent, CancellationToken.None);

        Assert.Null(profile.Value);
        Assert.Contains("apt-get install linux-perf", profile.Unavailable, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_benchmark_that_fails_under_perf_gives_its_exit_code_instead_of_a_profile()
    {
        var profile = await Profiler("./minivm add_local 0").RecordTimeAsync(builds.Parent, CancellationToken.None);

        Assert.Null(profile.Value);
        Assert.StartsWith("the benchmark exited with code", profile.Unavailable, StringComparison.Ordinal);
        Assert.True(ScratchIsEmpty);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_culprit_calls_threadstate_get_once_per_dispatched_bytecode()
    {
        var profiler = Profiler();
        var binary = MinivmBuilds.Binary(builds.Culprit);

        var parent = (await profiler.CountInstructionsAsync(builds.Parent, CancellationToken.None)).Value!;
        var culprit = (await profiler.CountInstructionsAsync(builds.Culprit, CancellationToken.None)).Value!;
        var code = (await profiler.DisassembleAsync(binary, "threadstate_get", culprit.Executions[binary], CancellationToken.None))!;

        var calls = code.Instructions[0].Executions!.Value;
        Assert.InRange(calls, Loops * MinivmBuilds.DispatchesPerLoop, (Loops * MinivmBuilds.DispatchesPerLoop) + 10);
        Assert.All(code.Instructions, i => Assert.Equal(calls, i.Executions));
        Assert.Equal(code.Instructions.Count * calls, culprit.Functions.Cost("threadstate_get"));
        Assert.Equal(0, parent.Functions.Cost("threadstate_get"));
        Assert.Contains(culprit.Lines, l => l.File.EndsWith("pystate.c", StringComparison.Ordinal) && l.Function == "threadstate_get" && l.Instructions == calls);
        Assert.Equal(("eval_code", binary), (culprit.Functions.Symbols[0].Symbol, culprit.Functions.Symbols[0].Object));
        Assert.True(ScratchIsEmpty);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_same_source_linked_in_another_order_disassembles_to_the_same_normalized_code()
    {
        var profiler = Profiler();

        var parent = (await profiler.DisassembleAsync(MinivmBuilds.Binary(builds.Parent), "eval_code", null, CancellationToken.None))!;
        var relinked = (await profiler.DisassembleAsync(MinivmBuilds.Binary(builds.Relinked), "eval_code", null, CancellationToken.None))!;

        Assert.NotEqual(parent.Address, relinked.Address);
        Assert.Equal(parent.Size, relinked.Size);
        Assert.Equal(parent.Instructions.Select(i => i.Text), relinked.Instructions.Select(i => i.Text));
        Assert.All(parent.Instructions, i => Assert.Null(i.Executions));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_culprit_s_eval_code_calls_threadstate_get_where_the_parent_loads_the_eval_breaker()
    {
        var profiler = Profiler();

        var parent = (await profiler.DisassembleAsync(MinivmBuilds.Binary(builds.Parent), "eval_code", null, CancellationToken.None))!;
        var culprit = (await profiler.DisassembleAsync(MinivmBuilds.Binary(builds.Culprit), "eval_code", null, CancellationToken.None))!;

        static int Count(IEnumerable<Core.Explain.Instruction> code, string text) => code.Count(i => i.Text.EndsWith(text, StringComparison.Ordinal));
        Assert.Equal(0, Count(parent.Instructions, "call <threadstate_get>"));
        Assert.InRange(Count(culprit.Instructions, "call <threadstate_get>"), 1, 20);
        Assert.InRange(Count(parent.Instructions, "mov eax,DWORD PTR [rip+<runtime>]"), 1, 20);
        Assert.Equal(0, Count(culprit.Instructions, "mov eax,DWORD PTR [rip+<runtime>]"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_function_the_binary_does_not_have_disassembles_to_null()
    {
        var profiler = Profiler();

        Assert.Null(await profiler.DisassembleAsync(MinivmBuilds.Binary(builds.Parent), "no_such_function", null, CancellationToken.None));
        Assert.Null(await profiler.DisassembleAsync(_folder.Combine("missing"), "eval_code", null, CancellationToken.None));
    }

    [Fact]
    public async Task Without_valgrind_the_instruction_profile_says_what_to_install()
    {
        var profile = await Profiler(tools: s_tools with { Valgrind = false }).CountInstructionsAsync(builds.Parent, CancellationToken.None);

        Assert.Null(profile.Value);
        Assert.Contains("apt-get install valgrind", profile.Unavailable, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
