using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;
using Bisector.Testing;
using Serilog.Core;

namespace Bisector.Execution.Tests.Benchmarks;

/// <summary>Each metric measured on real processes: shell scripts and a compiled C loop.</summary>
public sealed class CommandBenchmarkRunnerTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ProcessRunner _processes = new();

    private BuildOutcome Build => new(true, BuildKind.Clean, _folder.Path, _folder.Path, 0, "build.log", null);

    private async Task<CommandBenchmarkRunner> Runner(string command, Metric metric)
    {
        var tools = await MachineTools.DetectAsync(_processes, CancellationToken.None);
        return new CommandBenchmarkRunner(new BenchmarkSettings("b", command, metric, "u", 0, TimeSpan.FromSeconds(60), null), _processes, tools, _folder.Combine("scratch"), Logger.None);
    }

    private async Task CompileLoop()
    {
        await File.WriteAllTextAsync(_folder.Combine("loop.c"), "#include <stdlib.h>\nint main(int c, char **v) { volatile long s = 0; long n = atol(v[1]); for (long i = 0; i < n; i++) s += i; return 0; }\n");
        var result = await _processes.RunAsync("cc -O1 -o loop loop.c", _folder.Path, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), null, CancellationToken.None);
        Assert.True(result.Success, result.StandardError);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_output_metric_is_the_number_the_benchmark_prints()
    {
        var runner = await Runner("echo 'warming up' >&2; echo 4.25", Metric.Output);

        var sample = await runner.MeasureAsync(Build, CancellationToken.None);

        Assert.True(sample.Success);
        Assert.Equal(4.25, sample.Value);
        Assert.NotNull(sample.Conditions);
    }

    [Fact(Timeout = 60_000)]
    public async Task Wall_time_is_the_processes_elapsed_seconds()
    {
        var runner = await Runner("sleep 0.3", Metric.WallTime);

        var sample = await runner.MeasureAsync(Build, CancellationToken.None);

        Assert.InRange(sample.Value, 0.3, 2.0);
    }

    [Fact(Timeout = 60_000)]
    public async Task Cpu_time_counts_busy_time_but_not_sleep()
    {
        await CompileLoop();
        var busy = await (await Runner("./loop 100000000", Metric.CpuTime)).MeasureAsync(Build, CancellationToken.None);
        var idle = await (await Runner("sleep 0.5", Metric.CpuTime)).MeasureAsync(Build, CancellationToken.None);

        Assert.True(busy.Success, busy.Error);
        Assert.True(busy.Value > 20, $"busy loop used {busy.Value} ms");
        Assert.True(idle.Value < 100, $"sleep used {idle.Value} ms of CPU");
    }

    [Fact(Timeout = 120_000)]
    public async Task Callgrind_counts_instructions_exactly_and_more_work_counts_more()
    {
        await CompileLoop();
        var runner = await Runner("./loop 200000", Metric.Callgrind);
        var bigger = await Runner("./loop 400000", Metric.Callgrind);

        var first = await runner.MeasureAsync(Build, CancellationToken.None);
        var second = await runner.MeasureAsync(Build, CancellationToken.None);
        var more = await bigger.MeasureAsync(Build, CancellationToken.None);

        Assert.True(first.Success, first.Error);
        Assert.InRange(Math.Abs(first.Value - second.Value) / first.Value, 0, 0.001);
        Assert.True(more.Value > first.Value * 1.3, $"{more.Value} vs {first.Value}");
    }

    [Fact(Timeout = 120_000)]
    public async Task A_plain_command_is_counted_without_a_shell_and_counts_what_the_shell_that_execs_it_counts_within_its_environment()
    {
        await CompileLoop();
        var plain = await Runner("./loop 200000", Metric.Callgrind);
        var throughShell = await Runner("exec ./loop 200000", Metric.Callgrind);

        var direct = await plain.MeasureAsync(Build, CancellationToken.None);
        var shelled = await throughShell.MeasureAsync(Build, CancellationToken.None);

        // The shell counts nothing of its own (it execs the program), but gives it a few more environment variables for
        // the dynamic loader to read: the counts differ by those few hundred instructions at most.
        Assert.True(direct.Success && shelled.Success, direct.Error ?? shelled.Error);
        Assert.InRange(Math.Abs(shelled.Value - direct.Value), 0, 2_000);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_crashing_benchmark_is_a_failed_sample_with_its_exit_code_and_stderr()
    {
        var runner = await Runner("echo 'segfault in eval' >&2; exit 139", Metric.Output);

        var sample = await runner.MeasureAsync(Build, CancellationToken.None);

        Assert.False(sample.Success);
        Assert.Contains("exited with code 139: segfault in eval", sample.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Hardware_instructions_are_refused_with_advice_where_perf_cannot_count_them()
    {
        var tools = await MachineTools.DetectAsync(_processes, CancellationToken.None);
        var runner = await Runner("true", Metric.Instructions);

        var problem = runner.Unsupported();

        if (tools.PerfInstructions)
        {
            Assert.Null(problem);
            Assert.True((await runner.MeasureAsync(Build, CancellationToken.None)).Value > 0);
        }
        else
        {
            Assert.Contains("use the callgrind metric", problem, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Dispose();
}
