using System.Text;
using Bisector.Reporting.Document;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The culprit's profile against the parent's, and whether the changed source ran.</summary>
internal static class ExplanationHtml
{
    /// <summary>Symbols listed on the page; report.json holds them all.</summary>
    public const int ProfileRows = 25;

    public static void Profile(StringBuilder html, ProfileSection profile)
    {
        Paragraph(html, profile.Sources);
        var (table, more) = profile.Take(ProfileRows);
        Table(html, table);
        if (more > 0)
        {
            html.AppendLine($"<p class=\"muted\">{ReportText.Count(more, "more symbol")} in report.json.</p>");
        }
    }

    public static void Source(StringBuilder html, SourceSection source)
    {
        Table(html, source.Changes);
        if (source.HotLines is { } lines)
        {
            html.AppendLine($"<h3>{SourceSection.HotLinesTitle}</h3>");
            Table(html, lines);
        }
    }
}
