using System.Text;
using Bisector.Reporting.Document;

namespace Bisector.Reporting.Markdown;

/// <summary>The hottest instructions in report.md: the hottest in the open, each function's table folded so the report stays pasteable.</summary>
internal static class HotInstructionsMarkdown
{
    public static void Render(StringBuilder md, HotInstructionsSection section)
    {
        md.AppendLine(MarkdownBlocks.Text(section.Headline)).AppendLine();
        if (section.Skid is { } skid)
        {
            md.AppendLine(MarkdownBlocks.Text(skid)).AppendLine();
        }

        MarkdownBlocks.OpenDetails(md, "The hottest instructions of each compared function, culprit beside parent");
        foreach (var (caption, table) in section.Functions)
        {
            md.AppendLine(MarkdownBlocks.Text(caption)).AppendLine();
            MarkdownBlocks.Table(md, table);
        }

        MarkdownBlocks.CloseDetails(md);
    }
}
