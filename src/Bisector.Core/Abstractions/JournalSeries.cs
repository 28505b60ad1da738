namespace Bisector.Core.Abstractions;

/// <summary>
/// The names of the journal's series (see <see cref="IJournal"/>): the benchmark's metric and the instruction check. They
/// are on disk in every journal, so they never change.
/// </summary>
public static class JournalSeries
{
    /// <summary>The benchmark's own metric, whatever it measures (wall time, task-clock, callgrind, output).</summary>
    public const string Time = "time";

    /// <summary>The instruction counts taken beside a time metric.</summary>
    public const string Instructions = "instructions";

    /// <summary>
    /// The benchmark's metric again, for a search step measured a second time in fresh rounds (a repair): kept apart, so
    /// that a repeated run reads each first verdict from the rounds it had, and each repair from its own.
    /// </summary>
    public const string Retest = "retest";
}
