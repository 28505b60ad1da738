using System.Text;
using Bisector.Core.Explain;
using Bisector.Reporting.Explain;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The culprit as a reviewer reads it: full message, diffstat and the whole diff, coloured.</summary>
internal static class CommitSection
{
    public static void Render(StringBuilder html, CommitDetails commit)
    {
        Section(html, "commit", $"The commit {commit.Sha[..Math.Min(10, commit.Sha.Length)]} against its parent {commit.ParentSha[..Math.Min(10, commit.ParentSha.Length)]}");
        Pre(html, "message", commit.Message);
        html.AppendLine($"<p>{E(ExplanationText.Diffstat(commit))}</p>");
        Table(html, ExplanationTables.Diffstat(commit));
        html.Append("<pre class=\"diff\">");
        foreach (var line in commit.Patch.TrimEnd('\n').Split('\n'))
        {
            html.Append($"<span{LineClass(line)}>{E(line)}</span>");
        }

        html.AppendLine("</pre>");
        EndSection(html);
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
