using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>CPU milliseconds from rusage, through GNU time: where perf cannot count task-clock.</summary>
internal sealed class RusageToolchain(bool gnuTime) : MetricToolchain(Metric.CpuTime)
{
    public override string Description => "cpu-time (rusage)";

    public override string? Unsupported => gnuTime ? null : "cpu-time needs perf (linux-perf) or GNU time (/usr/bin/time): install one, or use wall-time";

    public override string Command(BenchmarkSettings settings, BuildOutcome build, string scratch) =>
        $"/usr/bin/time -f '%U %S' -o {Shell.Quote(scratch)} bash -c {Shell.Quote(BenchmarkCommand.For(settings, build))}";

    /// <summary>User plus system seconds, from the last line GNU time wrote, in milliseconds.</summary>
    public override SampleOutcome Read(ProcessResult result, string scratch)
    {
        var parts = File.ReadAllText(scratch).Trim().Split('\n')[^1].Split(' ');
        return SampleOutcome.Of(parts.Sum(p => double.Parse(p, CultureInfo.InvariantCulture)) * 1000);
    }
}
