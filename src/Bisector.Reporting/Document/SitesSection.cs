using Bisector.Core.Explain.Sites;
using Bisector.Core.Session;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Document;

/// <summary>
/// The compared functions' machine code source site by source site: each macro the commit edited, answered at every
/// expansion, and each other line whose instructions changed, parent beside culprit.
/// </summary>
/// <param name="Headline">The first finding in words (the edited macro's, when there is one): the terminal's line.</param>
/// <param name="Findings">One sentence per row of <paramref name="Table"/>.</param>
public sealed record SitesSection(string Headline, IReadOnlyList<string> Findings, ReportTable Table) : ReportSection("sites", "Machine code by source site")
{
    public static SitesSection? Of(BisectResult result) => result.Explanation is { Sites.Count: > 0 } explanation ? Of(explanation.Sites) : null;

    public static SitesSection Of(IReadOnlyList<SiteSummary> sites)
    {
        var findings = sites.Select(SiteText.Summary).ToArray();
        var changedLines = sites.Count(s => s.Macro is null);
        var headline = sites.FirstOrDefault(s => s.Macro is not null) is { } macro
            ? SiteText.Summary(macro) + (changedLines > 0 ? $"; {ReportText.Count(changedLines, "other source line")} changed" : "")
            : $"{ReportText.Count(changedLines, "source line")} changed machine code";
        var table = new ReportTable(
            [
                new("function", CellKind.Code), new("source", CellKind.Code), new("macro", CellKind.Code), new("sites", CellKind.Number),
                new("identical", CellKind.Number), new("changed", CellKind.Number), new("added", CellKind.Number), new("removed", CellKind.Number),
                new("parent runs", CellKind.Number), new("culprit runs", CellKind.Number),
            ],
            [.. sites.Select(s => (IReadOnlyList<string>)
            [
                s.Symbol, SiteText.Location(s), s.Macro is null ? "" : $"{s.Macro}()", Format.Count(s.Sites), Format.Count(s.Identical),
                Format.Count(s.Changed), Format.Count(s.AddedInstructions), Format.Count(s.RemovedInstructions),
                Format.Count(s.ParentRuns), Format.Count(s.CulpritRuns),
            ])]);
        return new SitesSection(headline, findings, table);
    }
}
