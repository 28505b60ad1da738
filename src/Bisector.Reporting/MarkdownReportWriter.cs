using System.Text;
using Bisector.Core.Session;
using Bisector.Reporting.Document;
using Bisector.Reporting.Markdown;
using static Bisector.Reporting.Markdown.MarkdownBlocks;

namespace Bisector.Reporting;

/// <summary>report.md: the report document fit to paste into an issue: the verdict, why, the evidence, and the long parts folded.</summary>
public static class MarkdownReportWriter
{
    public static string Render(BisectResult result) => Render(ReportDocument.Of(result));

    public static string Render(ReportDocument document)
    {
        var md = new StringBuilder();
        foreach (var section in document.Sections)
        {
            if (section is not SummarySection)
            {
                md.AppendLine($"## {MarkdownBlocks.Text(section.Title)}").AppendLine();
            }

            switch (section)
            {
                case SummarySection summary: Summary(md, summary); break;
                case CulpritSection culprit: Culprit(md, culprit); break;
                case ConclusionSection conclusion: ExplanationMarkdown.Conclusion(md, conclusion); break;
                case NotesSection notes: List(md, notes.Notes); break;
                case StepMapSection map:
                    md.AppendLine(MarkdownBlocks.Text(map.Headline)).AppendLine();
                    Table(md, map.Steps);
                    List(md, [.. map.Undone, .. map.Unexplained, map.Cost]);
                    break;
                case ChangeSection change: Table(md, change.Table); break;
                case NoiseSection noise: Table(md, noise.Table).AppendLine(MarkdownBlocks.Text(noise.Sensitivity)).AppendLine(); break;
                case LayoutSection layouts: Table(md, layouts.Table).AppendLine(string.Join("\n\n", layouts.Lines.Select(MarkdownBlocks.Text))).AppendLine(); break;
                case StepsSection steps: Steps(md, steps); break;
                case RecheckSection recheck: Recheck(md, recheck); break;
                case WorkSection work:
                    md.AppendLine(MarkdownBlocks.Text(work.Summary)).AppendLine();
                    if (work.Map is { } workMap)
                    {
                        List(md, workMap);
                    }

                    Table(md, work.Steps);
                    break;
                case ProfileSection profile: ExplanationMarkdown.Profile(md, profile); break;
                case MachineCodeSection code: ExplanationMarkdown.MachineCode(md, code); break;
                case RevertSection revert: List(md, revert.Lines); break;
                case SitesSection sites: SitesMarkdown.Render(md, sites); break;
                case HotInstructionsSection hot: HotInstructionsMarkdown.Render(md, hot); break;
                case SourceSection source: ExplanationMarkdown.Source(md, source); break;
                case CommitSection commit: ExplanationMarkdown.Commit(md, commit); break;
                case ReproduceSection reproduce: ExplanationMarkdown.Reproduce(md, reproduce); break;
                default: throw new NotSupportedException($"report.md has no view of {section.GetType().Name}");
            }
        }

        return md.ToString();
    }

    private static void Summary(StringBuilder md, SummarySection summary)
    {
        md.AppendLine($"# Bisector report: {MarkdownBlocks.Text(summary.Benchmark)}").AppendLine();
        md.AppendLine($"**{MarkdownBlocks.Text(summary.Headline)}**").AppendLine();
        if (summary.Disagreement is { } disagreement)
        {
            md.AppendLine($"> **{SummarySection.DisagreementLead}** {MarkdownBlocks.Text(disagreement)}").AppendLine();
        }

        if (summary.WorkHeadline is { } work)
        {
            md.AppendLine($"> **{SummarySection.WorkLead}** {MarkdownBlocks.Text(work)}").AppendLine();
        }

        List(md, [.. summary.Facts, .. summary.TimeAndInstructions is { } both ? [both] : Array.Empty<string>(), $"cost: {summary.Cost}"]);
    }

    private static void Culprit(StringBuilder md, CulpritSection section)
    {
        if (section.Culprit is { } culprit)
        {
            Table(md, new ReportTable(
                [new("sha", CellKind.Code), new("subject"), new("author"), new("date")],
                [[culprit.Sha, culprit.Subject, culprit.Author, Format.Date(culprit.Date)]]));
            return;
        }

        List(md, [.. section.Candidates.Select(c => $"`{c.Sha}` {c.Subject}")]);
    }

    private static void Steps(StringBuilder md, StepsSection steps)
    {
        if (steps.Search is { } search)
        {
            md.AppendLine($"Search: {MarkdownBlocks.Text(search)}.").AppendLine();
        }

        Table(md, steps.Table);
    }

    private static void Recheck(StringBuilder md, RecheckSection recheck)
    {
        md.AppendLine($"{MarkdownBlocks.Text(recheck.Measured)}: **{recheck.Outcome}**.").AppendLine();
        if (recheck.Instructions is { } instructions)
        {
            Table(md, instructions);
            md.AppendLine($"**{recheck.Finding}**: {MarkdownBlocks.Text(recheck.FindingText ?? "")}").AppendLine();
        }
    }
}
