using System.Net;
using System.Text;

namespace Bisector.Reporting.Html;

/// <summary>Escaping and the generic blocks the HTML sections share.</summary>
internal static class HtmlText
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

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

    /// <summary>Opens a section with an anchor the page's contents link to.</summary>
    public static StringBuilder Section(StringBuilder html, string id, string title) =>
        html.AppendLine($"<section id=\"{id}\"><h2>{E(title)}</h2>");

    public static StringBuilder EndSection(StringBuilder html) => html.AppendLine("</section>");

    public static StringBuilder Pre(StringBuilder html, string cssClass, string text) =>
        html.AppendLine($"<pre class=\"{cssClass}\">{E(text.TrimEnd('\n'))}</pre>");

    private static string Cell(CellKind kind, string cell) => kind switch
    {
        _ when cell.Length == 0 => "<td></td>",
        CellKind.Code => $"<td><code>{E(cell)}</code></td>",
        CellKind.Number => $"<td class=\"num\">{E(cell)}</td>",
        _ => $"<td>{E(cell)}</td>",
    };

    private static string Class(CellKind kind) => kind == CellKind.Number ? " class=\"num\"" : string.Empty;
}
