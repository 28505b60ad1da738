using System.Text;
using Bisector.Reporting.Document;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The site-by-site comparison in report.html: each finding, then the table with parent's and culprit's runs side by side.</summary>
internal static class SitesHtml
{
    public static void Render(StringBuilder html, SitesSection section) =>
        Table(List(Paragraph(html, section.Headline), section.Findings), section.Table);
}
