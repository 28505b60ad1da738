using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Benchmarks.Toolchains;
using Bisector.Execution.Processes;
using Bisector.Testing;
using Serilog.Core;

namespace Bisector.Execution.Tests.Benchmarks.Toolchains;

/// <summary>The toolchain each metric gets from what the machine has, and what it says when the machine lacks it.</summary>
public sealed class MetricToolchainsTests : IDisposable
{
    private static readonly MachineTools s_bare = new(PerfTaskClock: false, PerfInstructions: false, Valgrind: false, GnuTime: false, Taskset: false);
    private static readonly MachineTools s_full = new(PerfTaskClock: true, PerfInstructions: true, Valgrind: true, GnuTime: true, Taskset: true);

    private readonly TempDirectory _folder = new();
    private readonly ProcessRunner _processes = new();

    [Fact]
    public void Every_metric_has_a_toolchain_that_measures_it()
    {
        foreach (var metric in Metric.All)
        {
            Assert.Same(metric, MetricToolchains.For(metric, s_full).Metric);
            Assert.Null(MetricToolchains.For(metric, s_full).Unsupported);
        }
    }

    [Fact]
    public void On_a_bare_machine_only_wall_time_and_output_are_measurable_and_the_others_say_what_to_install()
    {
        var problems = Metric.All.ToDictionary(m => m.Name, m => MetricToolchains.For(m, s_bare).Unsupported);

        Assert.Null(problems["wall-time"]);
        Assert.Null(problems["output"]);
        Assert.Equal("cpu-time needs perf (linux-perf) or GNU time (/usr/bin/time): install one, or use wall-time", problems["cpu-time"]);
        Assert.Equal("perf cannot count hardware instructions on this machine (common in VMs): use the callgrind metric instead", problems["instructions"]);
        Assert.Equal("the callgrind metric needs valgrind: apt-get install valgrind", problems["callgrind"]);
    }

    [Fact]
    public void Cpu_time_names_its_source_perf_where_it_counts_task_clock_else_rusage()
    {
        Assert.Equal("cpu-time (perf task-clock)", MetricToolchains.For(Metric.CpuTime, s_full).Description);
        Assert.Equal("cpu-time (rusage)", MetricToolchains.For(Metric.CpuTime, s_full with { PerfTaskClock = false }).Description);
        Assert.Equal("callgrind", MetricToolchains.For(Metric.Callgrind, s_full).Description);
    }

    [Fact(Timeout = 60_000)]
    public async Task Without_perf_cpu_time_is_read_from_rusage_and_counts_busy_time_but_not_sleep()
    {
        var tools = await MachineTools.DetectAsync(_processes, CancellationToken.None) with { PerfTaskClock = false };
        var busy = Runner("i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done", tools);
        var idle = Runner("sleep 0.5", tools);

        if (!tools.GnuTime)
        {
            Assert.Contains("GNU time", busy.Unsupported(), StringComparison.Ordinal);
            return;
        }

        var busySample = await busy.MeasureAsync(Build, CancellationToken.None);
        var idleSample = await idle.MeasureAsync(Build, CancellationToken.None);

        Assert.Equal("cpu-time (rusage)", busy.MetricDescription);
        Assert.True(busySample.Success, busySample.Error);
        Assert.True(busySample.Value > 20, $"a busy loop used {busySample.Value} ms");
        Assert.True(idleSample.Value < 100, $"sleep used {idleSample.Value} ms of CPU");
    }

    public void Dispose() => _folder.Dispose();

    private BuildOutcome Build => new(true, BuildKind.Clean, _folder.Path, _folder.Path, 0, "build.log", null);

    private CommandBenchmarkRunner Runner(string command, MachineTools tools) =>
        new(new BenchmarkSettings("b", command, Metric.CpuTime, "ms", 0, TimeSpan.FromSeconds(60), null), _processes, tools, _folder.Combine("scratch"), Logger.None);
}
