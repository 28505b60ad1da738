using System.Globalization;

namespace Bisector.Core.Search;

/// <summary>
/// How long a bisection still needs, from what this run has measured: the search steps left (log2 of the commits still in
/// range) and the re-check of the culprit against its parent, each as long as this run's steps took on average (a step
/// is a build and its samples, as the re-check is). No estimate before a step has finished, and words that say it is one.
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

    /// <summary>"about 40 s left", "about 3 min left", "about 1 h 25 min left": rounded to what an estimate can promise.</summary>
    public static string Describe(TimeSpan left)
    {
        var seconds = Math.Max(10, (int)Math.Ceiling(left.TotalSeconds / 10) * 10);
        if (seconds < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"about {seconds} s left");
        }

        var minutes = Math.Max(1, (int)Math.Round(left.TotalMinutes, MidpointRounding.AwayFromZero));
        if (minutes < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"about {minutes} min left");
        }

        // Beyond an hour, to five minutes: one step more or less moves it by more than that anyway.
        var rounded = (int)Math.Round(left.TotalMinutes / 5, MidpointRounding.AwayFromZero) * 5;
        return rounded % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"about {rounded / 60} h left")
            : string.Create(CultureInfo.InvariantCulture, $"about {rounded / 60} h {rounded % 60} min left");
    }
}
