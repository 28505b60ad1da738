using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks.Toolchains;

/// <summary>A counter of <c>perf stat</c>: CPU time as task-clock, or the hardware's user-space instructions.</summary>
/// <param name="perfEvent">The event perf counts (<c>-e</c>).</param>
/// <param name="counter">The counter's name in perf's output.</param>
internal sealed class PerfStatToolchain(Metric metric, string description, string perfEvent, string counter, string? unsupported) : MetricToolchain(metric)
{
    public override string Description => description;

    public override string? Unsupported => unsupported;

    /// <summary>CPU milliseconds by perf's task-clock: chosen where perf can count it.</summary>
    public static PerfStatToolchain TaskClock() => new(Metric.CpuTime, "cpu-time (perf task-clock)", "task-clock", "task-clock", null);

    public static PerfStatToolchain Instructions(bool countable) => new(
        Metric.Instructions,
        Metric.Instructions.Name,
        "instructions:u",
        "instructions",
        countable ? null : "perf cannot count hardware instructions on this machine (common in VMs): use the callgrind metric instead");

    public override string Command(BenchmarkSettings settings, BuildOutcome build, string scratch) =>
        $"perf stat -x, -o {Shell.Quote(scratch)} -e {perfEvent} -- bash -c {Shell.Quote(BenchmarkCommand.For(settings, build))}";

    public override SampleOutcome Read(ProcessResult result, string scratch)
    {
        var (value, problem) = PerfStatParser.Read(File.ReadAllText(scratch), counter);
        return value is { } v ? SampleOutcome.Of(v) : SampleOutcome.Failure(problem ?? "no value");
    }
}
