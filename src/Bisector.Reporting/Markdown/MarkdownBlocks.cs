using System.Text;

namespace Bisector.Reporting.Markdown;

/// <summary>GitHub-flavoured Markdown blocks: tables, folded details and fenced code that survive any content.</summary>
internal static class MarkdownBlocks
{
    public static StringBuilder Table(StringBuilder md, ReportTable table)
    {
        md.AppendLine("| " + string.Join(" | ", table.Columns.Select(c => CellText(c.Header))) + " |");
        md.AppendLine("|" + string.Join("|", table.Columns.Select(c => c.Kind == CellKind.Number ? "---:" : "---")) + "|");
        foreach (var row in table.Rows)
        {
            md.AppendLine("| " + string.Join(" | ", row.Select((cell, i) => Cell(table.Columns[i].Kind, cell))) + " |");
        }

        return md.AppendLine();
    }

    /// <summary>A bulleted list of prose.</summary>
    public static StringBuilder List(StringBuilder md, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            md.AppendLine($"- {Text(item)}");
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

    /// <summary>
    /// Prose that must not open a table cell, an HTML tag or an autolink: '|' and '&lt;' are escaped outside its code
    /// spans, and inside them left alone (Markdown shows a code span's characters as they are, an entity included).
    /// </summary>
    public static string Text(string text) => string.Concat(CodeSpans.Split(text).Select(piece => piece.Fence is { } fence
        ? fence + piece.Text + fence
        : Escape(piece.Text)));

    /// <summary>As <see cref="Text"/>, in a table cell, where a '|' ends the cell even inside a code span.</summary>
    public static string CellText(string text) => string.Concat(CodeSpans.Split(text).Select(piece => piece.Fence is { } fence
        ? fence + piece.Text.Replace("|", "\\|", StringComparison.Ordinal) + fence
        : Escape(piece.Text)));

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Cell(CellKind kind, string cell) => kind switch
    {
        _ when cell.Length == 0 => string.Empty,
        CellKind.Code => $"`{cell.Replace("|", "\\|", StringComparison.Ordinal)}`",
        CellKind.ReportLink => $"[{CellText(cell)}/]({cell}/{ReportNames.MarkdownFile})",
        _ => CellText(cell),
    };
}
