namespace Bisector.Core.Nightly;

/// <summary>A step in a benchmark's history as the database keeps it.</summary>
/// <param name="BeforeSha">The last measured commit before the step.</param>
/// <param name="AfterSha">The first measured commit after it.</param>
/// <param name="ChangePercent">The relative change of the median across the step, in percent (positive: slower for a time).</param>
/// <param name="CulpritSha">The commit the bisection named, when it named one.</param>
/// <param name="ReportDirectory">The bisection's report folder, when there was one.</param>
/// <param name="FoundNight">The night that found it.</param>
/// <param name="FixedBy">For a <see cref="ChangeState.Fixed"/> regression, the recorded faster step that undid it.</param>
public sealed record RecordedChange(
    long Id,
    HistorySeries Series,
    string BeforeSha,
    string AfterSha,
    double ChangePercent,
    ChangeState State,
    string? CulpritSha,
    string? ReportDirectory,
    long FoundNight,
    long? FixedBy = null);
