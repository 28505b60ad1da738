using System.Text;

namespace Bisector.Reporting.Markdown;

/// <summary>GitHub-flavoured Markdown blocks: tables, folded details and fenced code that survive any content.</summary>
internal static class MarkdownBlocks
{
    public static StringBuilder Table(StringBuilder md, ReportTable table)
    {
        md.AppendLine("| " + string.Join(" | ", table.Columns.Select(c => Text(c.Header))) + " |");
        md.AppendLine("|" + string.Join("|", table.Columns.Select(c => c.Kind == CellKind.Number ? "---:" : "---")) + "|");
        foreach (var row in table.Rows)
        {
            md.AppendLine("| " + string.Join(" | ", row.Select((cell, i) => Cell(table.Columns[i].Kind, cell))) + " |");
        }

        return md.AppendLine();
    }

    /// <summary>A fenced block whose fence is longer than any run of backticks inside it.</summary>
    public static StringBuilder Fence(StringBuilder md, string language, string content)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        md.AppendLine(fence + language);
        md.Append(content);
        if (!content.EndsWith('\n'))
        {
            md.AppendLine();
        }

        return md.AppendLine(fence).AppendLine();
    }

    /// <summary>Opens a folded block; GitHub renders Markdown inside it after the blank line.</summary>
    public static StringBuilder OpenDetails(StringBuilder md, string summary) =>
        md.AppendLine($"<details><summary>{summary.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)}</summary>").AppendLine();

    public static StringBuilder CloseDetails(StringBuilder md) => md.AppendLine("</details>").AppendLine();

    /// <summary>Prose that must not open a table cell, an HTML tag or an autolink.</summary>
    public static string Text(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Cell(CellKind kind, string cell) => kind switch
    {
        _ when cell.Length == 0 => string.Empty,
        CellKind.Code => $"`{cell.Replace("|", "\\|", StringComparison.Ordinal)}`",
        _ => Text(cell),
    };
}
