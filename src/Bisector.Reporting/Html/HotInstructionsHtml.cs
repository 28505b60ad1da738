using System.Text;
using Bisector.Reporting.Document;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The hottest instructions in report.html: the hottest in words, then each function's table, culprit and parent side by side.</summary>
internal static class HotInstructionsHtml
{
    public static void Render(StringBuilder html, HotInstructionsSection section)
    {
        Paragraph(html, section.Headline);
        if (section.Skid is { } skid)
        {
            Paragraph(html, skid);
        }

        foreach (var (caption, table) in section.Functions)
        {
            Table(Paragraph(html, caption), table);
        }
    }
}
