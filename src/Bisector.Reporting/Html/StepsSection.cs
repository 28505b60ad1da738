using System.Text;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Reporting.Charts;
using static Bisector.Reporting.Html.HtmlText;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Html;

/// <summary>Every tested commit in the order the search tested it, and the culprit's re-check against its parent.</summary>
internal static class StepsSection
{
    public static void Steps(StringBuilder html, BisectResult result)
    {
        Section(html, "steps", "Steps, in the order they were tested");
        if (ReportText.SearchShape(result) is { } shape)
        {
            html.AppendLine($"<p>Search: {E(shape)}.</p>");
        }

        html.AppendLine("<table class=\"steps\"><tr><th>#</th><th class=\"num\">round</th><th>commit</th><th>role</th><th>verdict</th><th>decided by</th><th class=\"num\">samples</th><th class=\"num\">median</th><th class=\"num\">95 % CI</th><th class=\"num\">vs good</th><th>build</th><th>built in</th><th>machine while measuring</th><th>note</th></tr>");
        var n = 0;
        foreach (var step in result.Steps)
        {
            var mark = VerdictMark.Of(step.Verdict);
            html.AppendLine($"<tr><td>{++n}</td><td class=\"num\">{(step.Round > 0 ? step.Round : "")}</td><td><code>{step.Commit.ShortSha}</code> {E(step.Commit.Subject)}</td><td>{step.Role}</td><td class=\"{mark.Name}\">{mark.Glyph} {mark.Name}</td><td>{(step.Samples > 0 ? E(result.Request.Metric) : "")}</td><td class=\"num\">{step.Samples}</td>" +
                $"<td class=\"num\">{(step.Summary is { } s ? Format.Number(s.Median) : "")}</td><td class=\"num\">{(step.Summary is { } t ? $"{Format.Number(t.MedianLow)} – {Format.Number(t.MedianHigh)}" : "")}</td>" +
                $"<td class=\"num\">{(step.Classification is { } c ? Format.Percent(c.ShiftPercent) : "")}</td>" +
                $"<td>{(step.Build is { } b ? $"{b.Kind.ToString().ToLowerInvariant()} {Format.Seconds(step.BuildSeconds)}" : "")}</td><td>{E(ReportText.BuiltWhere(step))}</td><td>{E(ReportText.Load(step.Load))}</td><td>{E(FindingText.Describe(step.Note, string.Empty))}</td></tr>");
        }

        html.AppendLine("</table>");
        EndSection(html);
    }

    public static void Recheck(StringBuilder html, BisectResult result)
    {
        if (result.Verification is not { } verification)
        {
            return;
        }

        var unit = E(result.Request.Unit);
        var change = verification.Change;
        Section(html, "recheck", "Re-check against the parent");
        html.AppendLine($"<p><code>{verification.CommitSha[..Math.Min(10, verification.CommitSha.Length)]}</code> measured again in paired rounds (A B B A) against its parent <code>{verification.ParentSha[..Math.Min(10, verification.ParentSha.Length)]}</code>: " +
            $"{Format.Number(change.BaselineMedian)} → {Format.Number(change.RegressedMedian)} {unit}, shift {Format.Percent(change.ShiftPercent)} " +
            $"(95 % {Format.Percent(change.ShiftLowPercent)} to {Format.Percent(change.ShiftHighPercent)}), p {Format.PValue(change.PValue)}: " +
            $"<b>{(verification.Confirmed ? "confirmed" : "not confirmed")}</b>.</p>");
        if (result.Instructions is { } instructions)
        {
            html.AppendLine("<table><tr><th></th><th class=\"num\">parent</th><th class=\"num\">culprit</th><th class=\"num\">change</th></tr>");
            html.AppendLine($"<tr><td>{E(result.Request.Metric)} (median)</td><td class=\"num\">{Format.Number(change.BaselineMedian)} {unit}</td><td class=\"num\">{Format.Number(change.RegressedMedian)} {unit}</td><td class=\"num\">{Format.Percent(instructions.TimeShiftPercent)}</td></tr>");
            html.AppendLine($"<tr><td>{E(instructions.Metric)} instructions (median)</td><td class=\"num\">{Format.Count(Summary.Of(instructions.ParentValues).Median)}</td><td class=\"num\">{Format.Count(Summary.Of(instructions.CulpritValues).Median)}</td><td class=\"num\">{Format.Percent(instructions.ChangePercent)}</td></tr>");
            html.AppendLine("</table>");
            html.AppendLine($"<p><b>{ReportNames.Finding(instructions.Finding)}</b>: {E(InstructionText.Explain(instructions))}</p>");
        }

        EndSection(html);
    }

    /// <summary>The work search: why it ran, what it found and the commits it counted.</summary>
    public static void Work(StringBuilder html, BisectResult result)
    {
        if (result.Work is not { } work)
        {
            return;
        }

        Section(html, "work", WorkTables.Title);
        html.AppendLine($"<p>{E(WorkTables.Summary(work))}</p>");
        Table(html, WorkTables.Steps(work));
        EndSection(html);
    }
}
