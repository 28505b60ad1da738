using Bisector.Core.Session;
using Bisector.Reporting.Mapping;

namespace Bisector.Reporting.Document;

/// <summary>
/// Every step of the range, when it was mapped: the headline that answers why bad differs from good, a table of the
/// steps (oldest first) with their shares, what was undone in between, and what no single commit explains.
/// </summary>
public sealed record StepMapSection(string Headline, ReportTable Steps, IReadOnlyList<string> Undone, IReadOnlyList<string> Unexplained, string Cost)
    : ReportSection("steps-map", "Every step of the range")
{
    public static StepMapSection? Of(BisectResult result)
    {
        if (result.Map is not { } range)
        {
            return null;
        }

        var map = range.Map;
        var rows = map.Steps.Select(step => (IReadOnlyList<string>)
        [
            range.Commit(step.Index).ShortSha,
            range.Commit(step.Index).Subject,
            Format.Percent(step.Shift.Percent),
            step.Remains ? Format.Percent(step.RemainingPercent) : "undone",
            step.Remains ? Format.Share(step.SharePercent) : "",
        ]).ToArray();
        var table = new ReportTable([new("commit"), new("subject"), new("shift"), new("left at the tip"), new("share")], rows);
        var undone = map.Undone.Select(step => MapText.Undoing(range, step)).ToArray();
        var unexplained = map.Gradual.Select(g => MapText.Gradual(range, g, range.ThresholdPercent))
            .Concat(map.Unmeasured.Select(u => $"{Format.Percent(u.Shift.Percent)} between {range.Commit(u.From).ShortSha} and {range.Commit(u.To).ShortSha}, whose commits could not be built or measured"))
            .ToArray();
        var cost = $"{ReportText.Count(range.Builds, "commit")} measured for the map, {ReportText.Count(map.Probes, "probe")} inside segments whose ends agreed ({result.Request.Metric})";
        return new(MapText.Headline(range, result.Request.GoodRev, result.Request.BadRev), table, undone, unexplained, cost);
    }
}
