using System.Text;
using Bisector.Core.Session;
using Bisector.Reporting.Explain;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The machine and tools the figures come from, and the exact commands that reproduce them.</summary>
internal static class ReproduceSection
{
    public static void Render(StringBuilder html, BisectResult result)
    {
        if (result.Environment is { } environment)
        {
            Section(html, "environment", "Environment");
            Table(html, ExplanationTables.Environment(environment));
            EndSection(html);
        }

        if (result.Commands is { } commands)
        {
            Section(html, "commands", "Commands to reproduce");
            Pre(html, "commands", ExplanationText.Commands(commands));
            EndSection(html);
        }
    }
}
