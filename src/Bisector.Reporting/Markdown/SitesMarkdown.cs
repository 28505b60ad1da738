using System.Text;
using Bisector.Reporting.Document;

namespace Bisector.Reporting.Markdown;

/// <summary>The site-by-site comparison in report.md: the headline in the open, the findings and the table folded so the report stays pasteable.</summary>
internal static class SitesMarkdown
{
    public static void Render(StringBuilder md, SitesSection section)
    {
        md.AppendLine(MarkdownBlocks.Text(section.Headline)).AppendLine();
        MarkdownBlocks.OpenDetails(md, "Site by site: each edited macro at every expansion, each other changed line, parent and culprit side by side");
        MarkdownBlocks.List(md, section.Findings);
        MarkdownBlocks.Table(md, section.Table);
        MarkdownBlocks.CloseDetails(md);
    }
}
