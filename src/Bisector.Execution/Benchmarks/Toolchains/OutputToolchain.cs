using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>A number the benchmark prints: it runs as it is, and the sample is the last number on its stdout (or pyperf's JSON).</summary>
internal sealed class OutputToolchain() : MetricToolchain(Metric.Output)
{
    public override SampleOutcome Read(ProcessResult result, string scratch) =>
        OutputParser.Parse(result.StandardOutput) is { } printed
            ? SampleOutcome.Of(printed)
            : SampleOutcome.Failure($"the benchmark printed no number on stdout (last lines: {LastLines.Of(result.StandardOutput)})");
}
