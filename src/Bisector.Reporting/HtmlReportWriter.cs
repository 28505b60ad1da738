using System.Text;
using Bisector.Core.Session;
using Bisector.Reporting.Charts;
using Bisector.Reporting.Document;
using Bisector.Reporting.Html;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting;

/// <summary>
/// report.html: the report document as one self-contained page (inline styles, the chart as a data URI, a content policy
/// that forbids any fetch). The sections that open the report (verdict, culprit, why) head the page; the contents link
/// to the others, and the chart of the tested commits comes before their steps.
/// </summary>
public static class HtmlReportWriter
{
    public static string Render(BisectResult result) => Render(ReportDocument.Of(result));

    public static string Render(ReportDocument document)
    {
        var summary = document.Section<SummarySection>() ?? SummarySection.Of(document.Result);
        var html = Page($"Bisector: {summary.Benchmark}: {summary.Headline}");
        var body = new StringBuilder();
        var contents = new List<(string Id, string Label)>();
        foreach (var section in document.Sections)
        {
            switch (section)
            {
                case SummarySection: LeadHtml.Summary(html, summary); break;
                case CulpritSection culprit: LeadHtml.Culprit(html, culprit); break;
                case ConclusionSection conclusion: LeadHtml.Conclusion(html, conclusion); break;
                case ReproduceSection reproduce: EvidenceHtml.Reproduce(body, reproduce, contents); break;
                default:
                    if (section is StepsSection && MetricChart.Of(document.Result) is not null)
                    {
                        contents.Add(("chart", "chart"));
                        ChartSection.Render(body, document.Result);
                    }

                    contents.Add((section.Id, Label(section)));
                    Section(body, section.Id, section.Title);
                    Render(body, section);
                    EndSection(body);
                    break;
            }
        }

        html.AppendLine("<nav>" + string.Concat(contents.Select(l => $"<a href=\"#{l.Id}\">{l.Label}</a>")) + "</nav>");
        html.Append(body);
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void Render(StringBuilder html, ReportSection section)
    {
        switch (section)
        {
            case NotesSection notes: List(html, notes.Notes); break;
            case StepMapSection map: List(Table(Paragraph(html, map.Headline), map.Steps), [.. map.Undone, .. map.Unexplained, map.Cost]); break;
            case ChangeSection change: Table(html, change.Table); break;
            case NoiseSection noise: Paragraph(Table(html, noise.Table), noise.Sensitivity); break;
            case LayoutSection layouts: List(Table(html, layouts.Table), layouts.Lines); break;
            case StepsSection steps: EvidenceHtml.Steps(html, steps); break;
            case RecheckSection recheck: EvidenceHtml.Recheck(html, recheck); break;
            case WorkSection work: Table(work.Map is { } workMap ? List(Paragraph(html, work.Summary), workMap) : Paragraph(html, work.Summary), work.Steps); break;
            case ProfileSection profile: ExplanationHtml.Profile(html, profile); break;
            case MachineCodeSection code: MachineCodeHtml.Render(html, code); break;
            case RevertSection revert: List(html, revert.Lines); break;
            case SitesSection sites: SitesHtml.Render(html, sites); break;
            case HotInstructionsSection hot: HotInstructionsHtml.Render(html, hot); break;
            case SourceSection source: ExplanationHtml.Source(html, source); break;
            case CommitSection commit: CommitHtml.Render(html, commit); break;
            default: throw new NotSupportedException($"report.html has no view of {section.GetType().Name}");
        }
    }

    /// <summary>The word the page's contents link a section with.</summary>
    private static string Label(ReportSection section) => section switch
    {
        RecheckSection => "re-check",
        MachineCodeSection => "machine code",
        HotInstructionsSection => "hot instructions",
        SourceSection => "changed source",
        CommitSection => "diff",
        _ => section.Id,
    };
}
