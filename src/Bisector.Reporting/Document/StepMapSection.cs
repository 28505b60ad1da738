using Bisector.Core.Session;
using Bisector.Reporting.Mapping;

namespace Bisector.Reporting.Document;

/// <summary>
/// Every step of the range, when it was mapped: the headline that answers why bad differs from good, a table of the
/// steps (oldest first) with their shares and, when steps were explained, the folder of each one's own report, what was
/// undone in between, and what no single commit explains.
/// </summary>
public sealed record StepMapSection(string Headline, ReportTable Steps, IReadOnlyList<string> Undone, IReadOnlyList<string> Unexplained, string Cost)
    : ReportSection("steps-map", "Every step of the range")
{
    public static StepMapSection? Of(BisectResult result) => Of(result, []);

    /// <param name="explained">The steps explained in reports of their own: the table links each from a last column.</param>
    public static StepMapSection? Of(BisectResult result, IReadOnlyList<StepReport> explained)
    {
        if (result.Map is not { } range)
        {
            return null;
        }

        var map = range.Map;
        var linked = explained.Count > 0;
        var rows = map.Steps.Select(step => (IReadOnlyList<string>)
        [
            range.Commit(step.Index).ShortSha,
            range.Commit(step.Index).Subject,
            Format.Percent(step.Shift.Percent),
            step.Remains ? Format.Percent(step.RemainingPercent) : "undone",
            step.Remains ? Format.Share(step.SharePercent) : "",
            .. linked ? new[] { explained.FirstOrDefault(e => e.Sha == range.Commit(step.Index).Sha)?.Folder ?? "" } : [],
        ]).ToArray();
        ReportColumn[] columns = [new("commit"), new("subject"), new("shift"), new("left at the tip"), new("share"), .. linked ? new ReportColumn[] { new("explanation", CellKind.ReportLink) } : []];
        var table = new ReportTable(columns, rows);
        var undone = map.Undone.Select(step => MapText.Undoing(range, step)).ToArray();
        var unexplained = map.Gradual.Select(g => MapText.Gradual(range, g, range.ThresholdPercent))
            .Concat(map.Unmeasured.Select(u => $"{Format.Percent(u.Shift.Percent)} between {range.Commit(u.From).ShortSha} and {range.Commit(u.To).ShortSha}, whose commits could not be built or measured"))
            .ToArray();
        var cost = $"{ReportText.Count(range.Builds, "commit")} measured for the map, {ReportText.Count(map.Probes, "probe")} inside segments whose ends agreed ({result.Request.Metric})";
        return new(MapText.Headline(range, result.Request.GoodRev, result.Request.BadRev), table, undone, unexplained, cost);
    }
}
