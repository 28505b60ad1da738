using System.Text;
using Bisector.Core.Session;
using Bisector.Reporting.Html;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting;

/// <summary>
/// report.html: one self-contained page (inline styles, the chart as a data URI, a content policy that forbids any
/// fetch). The verdict first, then the chart, the steps, the re-check, the culprit's profile, machine code, changed
/// source and diff, the environment and the commands that reproduce the run.
/// </summary>
public static class HtmlReportWriter
{
    public static string Render(BisectResult result)
    {
        var html = Page($"Bisector: {result.Request.Benchmark}: {ReportText.Headline(result)}");
        VerdictSection.Render(html, result);
        ChartSection.Render(html, result);
        StepsSection.Steps(html, result);
        StepsSection.Recheck(html, result);
        StepsSection.Work(html, result);
        if (result.Explanation is { } explanation)
        {
            ExplanationSections.Profile(html, explanation);
            MachineCodeSection.Render(html, explanation);
            ExplanationSections.Source(html, explanation);
            CommitSection.Render(html, explanation.Commit);
        }

        ReproduceSection.Render(html, result);
        html.AppendLine("</body></html>");
        return html.ToString();
    }
}
