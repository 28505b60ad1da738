using System.Text;
using Bisector.Core.Session;
using static Bisector.Reporting.Html.HtmlText;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Html;

/// <summary>The top of the page: the verdict, the change it rests on and, for a culprit, why it is slower.</summary>
internal static class VerdictSection
{
    public static void Render(StringBuilder html, BisectResult result)
    {
        var unit = result.Request.Unit;
        html.AppendLine($"<h1>{E(result.Request.Benchmark)}: {E(ReportText.Headline(result))}</h1>");
        if (ReportText.Disagreement(result) is { } disagreement)
        {
            html.AppendLine($"<p class=\"conclusion\"><b>Time and instructions disagree.</b> {E(disagreement)}</p>");
        }

        if (result.Work is { } work)
        {
            html.AppendLine($"<p class=\"conclusion\"><b>Where the work rose.</b> {E(WorkText.Headline(work))} <a href=\"#work\">The work search</a></p>");
        }

        html.AppendLine($"<p>good <code>{E(result.Request.GoodRev)}</code> {E(result.Good?.Commit.ShortSha)} · bad <code>{E(result.Request.BadRev)}</code> {E(result.Bad?.Commit.ShortSha)} · metric {E(result.Request.Metric)} ({E(unit)}), lower is better · {E(ReportText.Totals(result))}</p>");
        if (result.Culprit is { } culprit)
        {
            html.AppendLine($"<p class=\"verdict\">Culprit <code>{culprit.Sha}</code>: <b>{E(culprit.Subject)}</b> by {E(culprit.Author)}, {Format.Date(culprit.Date)}</p>");
        }
        else if (result.Candidates.Count > 0)
        {
            html.AppendLine("<p>Candidates:</p><ul>");
            foreach (var candidate in result.Candidates)
            {
                html.AppendLine($"<li><code>{candidate.Sha}</code> {E(candidate.Subject)}</li>");
            }

            html.AppendLine("</ul>");
        }

        if (result.Change is { } change)
        {
            html.AppendLine($"<p>Good {Format.Number(change.BaselineMedian)} {E(unit)} → bad {Format.Number(change.RegressedMedian)} {E(unit)}: shift {Format.Percent(change.ShiftPercent)} (95 % {Format.Percent(change.ShiftLowPercent)} to {Format.Percent(change.ShiftHighPercent)}), p {Format.PValue(change.PValue)}</p>");
        }

        if (result.Endpoints is { } noise)
        {
            html.AppendLine($"<p>{E(ReportText.Sensitivity(noise))}</p>");
        }

        if (ReportText.TimeAndInstructions(result) is { } both)
        {
            html.AppendLine($"<p>{E(both)}</p>");
        }

        if (result.Explanation is { } explanation)
        {
            html.AppendLine($"<p class=\"conclusion\">{HtmlText.CodeSpans(ConclusionText.Write(explanation))}</p>");
            foreach (var missing in explanation.Unavailable)
            {
                html.AppendLine($"<p class=\"muted\">Not available: {E(ConclusionText.Unavailable(missing))}</p>");
            }
        }

        foreach (var note in FindingText.Notes(result))
        {
            html.AppendLine($"<p>{E(note)}</p>");
        }

        Contents(html, result);
    }

    /// <summary>Links to the sections this page has.</summary>
    private static void Contents(StringBuilder html, BisectResult result)
    {
        var links = new List<(string Id, string Title)>();
        if (Charts.MetricChart.Of(result) is not null)
        {
            links.Add(("chart", "chart"));
        }

        links.Add(("steps", "steps"));
        if (result.Verification is not null)
        {
            links.Add(("recheck", "re-check"));
        }

        if (result.Work is not null)
        {
            links.Add(("work", "work"));
        }

        if (result.Explanation is { } explanation)
        {
            if (explanation.Profile is not null)
            {
                links.Add(("profile", "profile"));
            }

            if (explanation.MachineCode.Count > 0)
            {
                links.Add(("machine-code", "machine code"));
            }

            if (explanation.Source is not null)
            {
                links.Add(("source", "changed source"));
            }

            links.Add(("commit", "diff"));
        }

        if (result.Environment is not null)
        {
            links.Add(("environment", "environment"));
        }

        if (result.Commands is not null)
        {
            links.Add(("commands", "reproduce"));
        }

        html.AppendLine("<nav>" + string.Concat(links.Select(l => $"<a href=\"#{l.Id}\">{l.Title}</a>")) + "</nav>");
    }
}
