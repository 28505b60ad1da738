using Bisector.Core.Configuration;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>The toolchain that measures a metric with what this machine has.</summary>
public static class MetricToolchains
{
    public static IMetricToolchain For(Metric metric, MachineTools tools) =>
        metric == Metric.WallTime ? new WallTimeToolchain()
        : metric == Metric.CpuTime ? (tools.PerfTaskClock ? PerfStatToolchain.TaskClock() : new RusageToolchain(tools.GnuTime))
        : metric == Metric.Instructions ? PerfStatToolchain.Instructions(tools.PerfInstructions)
        : metric == Metric.Callgrind ? new CallgrindToolchain(tools.Valgrind)
        : metric == Metric.Output ? new OutputToolchain()
        : throw new ArgumentOutOfRangeException(nameof(metric), metric, null);
}
