using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>Wall time: the benchmark runs as it is, and the sample is how long its process took.</summary>
internal sealed class WallTimeToolchain() : MetricToolchain(Metric.WallTime)
{
    public override SampleOutcome Read(ProcessResult result, string scratch) => SampleOutcome.Of(result.Duration.TotalSeconds);
}
