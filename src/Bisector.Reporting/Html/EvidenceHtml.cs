using System.Text;
using Bisector.Reporting.Document;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The sections whose layout is more than a table: the steps, the re-check, and the two parts of the reproduction.</summary>
internal static class EvidenceHtml
{
    public static void Steps(StringBuilder html, StepsSection steps)
    {
        if (steps.Search is { } search)
        {
            Paragraph(html, $"Search: {search}.");
        }

        Table(html, steps.Table, "steps");
    }

    public static void Recheck(StringBuilder html, RecheckSection recheck)
    {
        html.AppendLine($"<p>{Inline(recheck.Measured)}: <b>{recheck.Outcome}</b>.</p>");
        if (recheck.Instructions is { } instructions)
        {
            Table(html, instructions);
            html.AppendLine($"<p><b>{E(recheck.Finding)}</b>: {Inline(recheck.FindingText)}</p>");
        }
    }

    /// <summary>The environment and the commands, each a section of its own with its own entry in the contents.</summary>
    public static void Reproduce(StringBuilder html, ReproduceSection reproduce, List<(string Id, string Label)> contents)
    {
        if (reproduce.Environment is { } environment)
        {
            contents.Add(("environment", "environment"));
            Section(html, "environment", ReproduceSection.EnvironmentTitle);
            Table(html, environment);
            EndSection(html);
        }

        if (reproduce.Commands is { } commands)
        {
            contents.Add(("commands", "reproduce"));
            Section(html, "commands", ReproduceSection.CommandsTitle);
            Pre(html, "commands", commands);
            EndSection(html);
        }
    }
}
