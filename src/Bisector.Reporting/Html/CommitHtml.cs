using System.Text;
using Bisector.Reporting.Document;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The culprit as a reviewer reads it: full message, diffstat and the whole diff, coloured.</summary>
internal static class CommitHtml
{
    public static void Render(StringBuilder html, CommitSection section)
    {
        var commit = section.Commit;
        Pre(html, "message", commit.Message);
        Paragraph(html, section.Diffstat);
        Table(html, section.Files);
        html.Append("<pre class=\"diff\">");
        foreach (var line in commit.Patch.TrimEnd('\n').Split('\n'))
        {
            html.Append($"<span{LineClass(line)}>{E(line)}</span>");
        }

        html.AppendLine("</pre>");
    }

    private static string LineClass(string line) => line switch
    {
        _ when line.StartsWith("diff ", StringComparison.Ordinal) || line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) => " class=\"file\"",
        _ when line.StartsWith("@@", StringComparison.Ordinal) => " class=\"hunk\"",
        _ when line.StartsWith('+') => " class=\"add\"",
        _ when line.StartsWith('-') => " class=\"del\"",
        _ => string.Empty,
    };
}
