namespace Bisector.Core.Nightly;

/// <summary>
/// A confirmed step in a benchmark's history: the median moved by more than the threshold between two measured commits,
/// and a two-sample test on the samples either side says it is not noise.
/// </summary>
/// <param name="BeforeSha">The last measured commit before the step.</param>
/// <param name="AfterSha">The first measured commit after it: the step happened in (before, after].</param>
/// <param name="CommitsInRange">Commits after <paramref name="BeforeSha"/> up to <paramref name="AfterSha"/>: 1 means the after commit is the one.</param>
/// <param name="ChangePercent">After's median relative to before's, in percent (positive: the value rose).</param>
/// <param name="PValue">The two-sided Mann-Whitney p-value of the samples either side.</param>
public sealed record HistoryStep(
    string BeforeSha,
    string AfterSha,
    int CommitsInRange,
    double BeforeMedian,
    double AfterMedian,
    double ChangePercent,
    double PValue)
{
    /// <summary>The value rose: for a time or a count, slower.</summary>
    public bool Rose => ChangePercent > 0;
}
