using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>
/// How one metric is measured on this machine, in the shape of BenchmarkDotNet's <c>IToolchain</c>: whether it can be,
/// how the benchmark's command is wrapped to measure it, and how a sample's value is read from what the run left.
/// </summary>
public interface IMetricToolchain
{
    Metric Metric { get; }

    /// <summary>The metric as it is really measured here, naming the tool where there are two ("cpu-time (rusage)").</summary>
    string Description { get; }

    /// <summary>Null when this machine can measure the metric, else what to do about it.</summary>
    string? Unsupported { get; }

    /// <summary>The shell command that takes one sample of <paramref name="build"/>; a counting tool writes to <paramref name="scratch"/>.</summary>
    string Command(BenchmarkSettings settings, BuildOutcome build, string scratch);

    /// <summary>The sample's value from a run that exited 0, or why it has none.</summary>
    SampleOutcome Read(ProcessResult result, string scratch);
}
