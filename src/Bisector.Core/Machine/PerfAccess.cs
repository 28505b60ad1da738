namespace Bisector.Core.Machine;

/// <summary>What perf may record here: kernel.perf_event_paranoid as the file says, and whether two events count.</summary>
/// <param name="Paranoid">The content of /proc/sys/kernel/perf_event_paranoid, or null where it cannot be read.</param>
/// <param name="Installed">Whether perf is on the PATH.</param>
/// <param name="Instructions">Whether <c>perf stat -e instructions true</c> counted (a hardware counter).</param>
/// <param name="TaskClock">Whether <c>perf stat -e task-clock true</c> counted (a software event).</param>
public sealed record PerfAccess(string? Paranoid, bool Installed, bool Instructions, bool TaskClock);
