using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Reporting;

/// <summary>Sentences shared by the Markdown and HTML reports and the terminal summary.</summary>
public static class ReportText
{
    public static string Headline(BisectResult result) => result.Status switch
    {
        BisectStatus.CulpritFound => $"Culprit: {result.Culprit!.ShortSha} {result.Culprit.Subject}",
        BisectStatus.NoRegression => $"No regression: {result.Request.BadRev} is not slower than {result.Request.GoodRev}",
        BisectStatus.Ambiguous => $"Ambiguous: the culprit is one of {result.Candidates.Count} commits",
        BisectStatus.Interrupted => "Interrupted: run the same command again to resume",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, null),
    };

    public static string Totals(BisectResult result) =>
        $"{result.Steps.Count(s => s.Role == "search")} search steps over {result.RangeLength} commits, {result.Builds} builds, " +
        $"{result.Steps.Sum(s => s.Samples) + (result.Verification is { } v ? v.ParentValues.Count + v.CulpritValues.Count : 0)} samples, {Format.Seconds(result.Elapsed.TotalSeconds)}";

    /// <summary>What the endpoints' noise allowed this run to see.</summary>
    public static string Sensitivity(EndpointNoise noise) =>
        (noise.DetectableShiftPercent is { } detectable
            ? $"The smallest slowdown these endpoint samples could have confirmed is {Format.Percent(detectable)}"
            : "These endpoint samples are too few to confirm any slowdown at this alpha") +
        $" (spread of the raw samples: good {Format.Share(EndpointNoise.SpreadPercent(noise.Good))}, bad {Format.Share(EndpointNoise.SpreadPercent(noise.Bad))} of the median).";
}
