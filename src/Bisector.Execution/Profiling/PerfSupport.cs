namespace Bisector.Execution.Profiling;

/// <summary>How perf can record on this machine: the event it samples and how it walks stacks, or why it cannot record.</summary>
/// <param name="Problem">Why perf cannot record here and how to enable it; null when it can.</param>
/// <param name="Event">"cycles" where the hardware counts them, else "cpu-clock" (a timer: VMs and most containers).</param>
/// <param name="RecordOptions">perf record's options for that event and call graph (e.g. "-e cpu-clock -g --no-bpf-event").</param>
/// <param name="CallGraph">The call graph as a report states it, with the reason when LBR was missing.</param>
internal sealed record PerfSupport(string? Problem, string Event, string RecordOptions, string CallGraph)
{
    public static PerfSupport Missing(string problem) => new(problem, "cpu-clock", string.Empty, "none");
}
