using System.Text;
using Bisector.Reporting.Document;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The sections that open the page, above its contents: the verdict, the culprit and why it is slower.</summary>
internal static class LeadHtml
{
    public static void Summary(StringBuilder html, SummarySection summary)
    {
        html.AppendLine($"<h1>{E(summary.Benchmark)}: {Inline(summary.Headline)}</h1>");
        if (summary.Disagreement is { } disagreement)
        {
            html.AppendLine($"<p class=\"conclusion\"><b>{SummarySection.DisagreementLead}</b> {Inline(disagreement)}</p>");
        }

        if (summary.WorkHeadline is { } work)
        {
            html.AppendLine($"<p class=\"conclusion\"><b>{SummarySection.WorkLead}</b> {Inline(work)} <a href=\"#work\">The work search</a></p>");
        }

        string[] facts = [.. summary.Facts, .. summary.TimeAndInstructions is { } both ? [both] : Array.Empty<string>(), $"cost: {summary.Cost}"];
        html.AppendLine($"<p>{string.Join(" · ", facts.Select(Inline))}</p>");
    }

    public static void Culprit(StringBuilder html, CulpritSection section)
    {
        if (section.Culprit is { } culprit)
        {
            html.AppendLine($"<p class=\"verdict\">Culprit <code>{culprit.Sha}</code>: <b>{Inline(culprit.Subject)}</b> by {E(culprit.Author)}, {Format.Date(culprit.Date)}</p>");
            return;
        }

        html.AppendLine("<p>Candidates:</p>");
        List(html, section.Candidates.Select(c => $"`{c.Sha}` {c.Subject}"));
    }

    public static void Conclusion(StringBuilder html, ConclusionSection conclusion)
    {
        Paragraph(html, conclusion.Conclusion, "conclusion");
        foreach (var missing in conclusion.Unavailable)
        {
            Paragraph(html, $"{ConclusionSection.UnavailableLead} {missing}", "muted");
        }
    }
}
