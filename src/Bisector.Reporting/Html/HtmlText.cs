using System.Net;
using System.Text;
using Bisector.Reporting.Charts;

namespace Bisector.Reporting.Html;

/// <summary>Escaping and the generic blocks the HTML sections share.</summary>
internal static class HtmlText
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Prose escaped, its backtick code spans as code elements (see <see cref="CodeSpans"/>).</summary>
    public static string Inline(string? text) => string.Concat(CodeSpans.Split(text ?? string.Empty).Select(piece => piece.Fence is null
        ? E(piece.Text)
        : $"<code>{E(piece.Text)}</code>"));

    public static StringBuilder Table(StringBuilder html, ReportTable table, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">");
        if (table.Columns.Any(c => c.Header.Length > 0))
        {
            html.Append("<tr>").AppendJoin("", table.Columns.Select(c => $"<th{Class(c.Kind)}>{E(c.Header)}</th>")).Append("</tr>");
        }

        html.AppendLine();
        foreach (var row in table.Rows)
        {
            html.Append("<tr>").AppendJoin("", row.Select((cell, i) => Cell(table.Columns[i].Kind, cell))).AppendLine("</tr>");
        }

        return html.AppendLine("</table>");
    }

    /// <summary>A self-contained page's head: the content policy that forbids any fetch, the viewport, the title and the styles; the body is open.</summary>
    public static StringBuilder Page(string title)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"{PageStyle.ContentSecurityPolicy}\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>{E(title)}</title>");
        html.AppendLine($"<style>{PageStyle.Css}</style>");
        return html.AppendLine("</head><body>");
    }

    /// <summary>Opens a section with an anchor the page's contents link to.</summary>
    public static StringBuilder Section(StringBuilder html, string id, string title) =>
        html.AppendLine($"<section id=\"{id}\"><h2>{E(title)}</h2>");

    public static StringBuilder Paragraph(StringBuilder html, string text, string? cssClass = null) =>
        html.AppendLine(cssClass is null ? $"<p>{Inline(text)}</p>" : $"<p class=\"{cssClass}\">{Inline(text)}</p>");

    public static StringBuilder List(StringBuilder html, IEnumerable<string> items) =>
        html.AppendLine("<ul>" + string.Concat(items.Select(item => $"<li>{Inline(item)}</li>")) + "</ul>");

    public static StringBuilder EndSection(StringBuilder html) => html.AppendLine("</section>");

    public static StringBuilder Pre(StringBuilder html, string cssClass, string text) =>
        html.AppendLine($"<pre class=\"{cssClass}\">{E(text.TrimEnd('\n'))}</pre>");

    private static string Cell(CellKind kind, string cell) => kind switch
    {
        _ when cell.Length == 0 => "<td></td>",
        CellKind.Code => $"<td><code>{E(cell)}</code></td>",
        CellKind.Number => $"<td class=\"num\">{E(cell)}</td>",
        CellKind.ReportLink => $"<td><a href=\"{E(cell)}/{ReportNames.HtmlFile}\">{E(cell)}/</a></td>",
        CellKind.Verdict when VerdictMark.All.FirstOrDefault(m => m.Name == cell) is { } mark => $"<td class=\"{mark.Name}\">{mark.Glyph} {mark.Name}</td>",
        _ => $"<td>{Inline(cell)}</td>",
    };

    private static string Class(CellKind kind) => kind == CellKind.Number ? " class=\"num\"" : string.Empty;
}
