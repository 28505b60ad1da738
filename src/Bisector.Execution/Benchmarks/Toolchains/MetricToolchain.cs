using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>What most toolchains share: described by the metric's name, measurable anywhere, the benchmark's command run as it is.</summary>
internal abstract class MetricToolchain(Metric metric) : IMetricToolchain
{
    public Metric Metric => metric;

    public virtual string Description => metric.Name;

    public virtual string? Unsupported => null;

    public virtual string Command(BenchmarkSettings settings, BuildOutcome build, string scratch) => BenchmarkCommand.For(settings, build);

    public abstract SampleOutcome Read(ProcessResult result, string scratch);
}
