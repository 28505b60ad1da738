namespace Bisector.Core.Search;

/// <summary>
/// How long a bisection still needs, from what this run has measured: the search steps left (log2 of the commits still in
/// range) and the re-check of the culprit against its parent, each as long as this run's steps took on average (a step
/// is a build and its samples, as the re-check is). No estimate before a step has finished; Bisector.Reporting's TimeLeftText says it as one.
/// </summary>
public static class TimeLeft
{
    /// <summary>
    /// The time the search and the re-check still need. <paramref name="searchStepsLeft"/> counts the step about to start
    /// (0 once the search is over, when only the re-check is left). Null before any step has finished: nothing measured
    /// yet says how long one takes.
    /// </summary>
    public static TimeSpan? Estimate(int searchStepsLeft, IReadOnlyCollection<TimeSpan> finishedSteps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(searchStepsLeft);
        if (finishedSteps.Count == 0)
        {
            return null;
        }

        var perStep = finishedSteps.Average(step => step.TotalSeconds);
        return TimeSpan.FromSeconds(perStep * (searchStepsLeft + 1));
    }
}
