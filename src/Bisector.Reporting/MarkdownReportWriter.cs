using System.Text;
using Bisector.Core.Session;
using Bisector.Reporting.Markdown;
using Bisector.Reporting.Text;

namespace Bisector.Reporting;

/// <summary>report.md: what a person reads first, fit to paste into an issue: the verdict, why, the evidence, and the long parts folded.</summary>
public static class MarkdownReportWriter
{
    public static string Render(BisectResult result)
    {
        var md = new StringBuilder();
        var unit = result.Request.Unit;
        md.AppendLine($"# Bisector report: {result.Request.Benchmark}").AppendLine();
        md.AppendLine($"**{Escape(ReportText.Headline(result))}**").AppendLine();
        if (ReportText.Disagreement(result) is { } disagreement)
        {
            md.AppendLine($"> **Time and instructions disagree.** {Escape(disagreement)}").AppendLine();
        }

        if (result.Work is { } work)
        {
            md.AppendLine($"> **Where the work rose.** {Escape(WorkText.Headline(work))}").AppendLine();
        }

        md.AppendLine($"- good: `{result.Request.GoodRev}` {result.Good?.Commit.ShortSha}");
        md.AppendLine($"- bad: `{result.Request.BadRev}` {result.Bad?.Commit.ShortSha}");
        md.AppendLine($"- metric: {result.Request.Metric} ({unit}), lower is better");
        if (ReportText.TimeAndInstructions(result) is { } both)
        {
            md.AppendLine($"- {Escape(both)}");
        }

        md.AppendLine($"- cost: {ReportText.Totals(result)}").AppendLine();

        if (result.Culprit is { } culprit)
        {
            md.AppendLine("## Culprit").AppendLine();
            md.AppendLine("| sha | subject | author | date |").AppendLine("|---|---|---|---|");
            md.AppendLine($"| `{culprit.Sha}` | {Escape(culprit.Subject)} | {Escape(culprit.Author)} | {Format.Date(culprit.Date)} |").AppendLine();
        }
        else if (result.Candidates.Count > 0)
        {
            md.AppendLine("## Candidates").AppendLine();
            foreach (var candidate in result.Candidates)
            {
                md.AppendLine($"- `{candidate.Sha}` {Escape(candidate.Subject)}");
            }

            md.AppendLine();
        }

        if (result.Explanation is { } explanation)
        {
            ExplanationMarkdown.Explanation(md, explanation);
        }

        if (result.Change is { } change)
        {
            md.AppendLine("## Change between good and bad").AppendLine();
            md.AppendLine("| good median | bad median | shift (Hodges-Lehmann) | 95 % interval | p-value (signed-rank, paired rounds) |").AppendLine("|---|---|---|---|---|");
            md.AppendLine($"| {Format.Number(change.BaselineMedian)} {unit} | {Format.Number(change.RegressedMedian)} {unit} | {Format.Percent(change.ShiftPercent)} | {Format.Percent(change.ShiftLowPercent)} to {Format.Percent(change.ShiftHighPercent)} | {Format.PValue(change.PValue)} |").AppendLine();
        }

        if (result.Endpoints is { } noise)
        {
            md.AppendLine("## Noise at the endpoints").AppendLine();
            md.AppendLine("| endpoint | samples | median | 95 % CI of median | min – max | spread |").AppendLine("|---|---|---|---|---|---|");
            foreach (var (name, summary) in new[] { ("good", noise.Good), ("bad", noise.Bad) })
            {
                md.AppendLine($"| {name} | {summary.Count} | {Format.Number(summary.Median)} {unit} | {Format.Number(summary.MedianLow)} – {Format.Number(summary.MedianHigh)} | " +
                    $"{Format.Number(summary.Min)} – {Format.Number(summary.Max)} | {Format.Share(EndpointNoise.SpreadPercent(summary))} |");
            }

            md.AppendLine().AppendLine(ReportText.Sensitivity(noise)).AppendLine();
        }

        if (result.Verification is { } verification)
        {
            md.AppendLine("## Re-verification against the parent").AppendLine();
            md.AppendLine($"`{verification.CommitSha[..10]}` measured again interleaved (A B B A) against its parent `{verification.ParentSha[..10]}`: " +
                $"{Format.Number(verification.Change.BaselineMedian)} → {Format.Number(verification.Change.RegressedMedian)} {unit}, " +
                $"shift {Format.Percent(verification.Change.ShiftPercent)} ({Format.Percent(verification.Change.ShiftLowPercent)} to {Format.Percent(verification.Change.ShiftHighPercent)}), " +
                $"p {Format.PValue(verification.Change.PValue)}: **{(verification.Confirmed ? "confirmed" : "not confirmed")}**.").AppendLine();
        }

        if (result.Instructions is { } instructions)
        {
            md.AppendLine("## Time or instructions").AppendLine();
            md.AppendLine($"| | parent | culprit | change |").AppendLine("|---|---|---|---|");
            md.AppendLine($"| {result.Request.Metric} (median) | {Format.Number(result.Verification!.Change.BaselineMedian)} {unit} | {Format.Number(result.Verification.Change.RegressedMedian)} {unit} | {Format.Percent(instructions.TimeShiftPercent)} |");
            md.AppendLine($"| {instructions.Metric} instructions (median) | {Format.Number(Core.Statistics.Summary.Of(instructions.ParentValues).Median)} | {Format.Number(Core.Statistics.Summary.Of(instructions.CulpritValues).Median)} | {instructions.ChangePercent.ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture)} % |").AppendLine();
            md.AppendLine($"**{ReportNames.Finding(instructions.Finding)}**: {Escape(InstructionText.Explain(instructions))}").AppendLine();
        }

        if (result.Work is { } searched)
        {
            md.AppendLine($"## {WorkTables.Title}").AppendLine();
            md.AppendLine(Escape(WorkTables.Summary(searched))).AppendLine();
            MarkdownBlocks.Table(md, WorkTables.Steps(searched));
        }

        md.AppendLine("## Steps").AppendLine();
        if (ReportText.SearchShape(result) is { } shape)
        {
            md.AppendLine($"Search: {shape}.").AppendLine();
        }

        md.AppendLine("| # | round | commit | role | verdict | decided by | samples | median | 95 % CI of median | vs good | build | built in | machine while measuring |").AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var n = 0;
        foreach (var step in result.Steps)
        {
            var summary = step.Summary;
            var build = step.Build is null ? "" : $"{step.Build.Kind.ToString().ToLowerInvariant()} {Format.Seconds(step.BuildSeconds)}";
            md.AppendLine($"| {++n} | {(step.Round > 0 ? step.Round : "")} | `{step.Commit.ShortSha}` {Escape(step.Commit.Subject)} | {step.Role} | {ReportNames.Verdict(step.Verdict)} | {(step.Samples > 0 ? result.Request.Metric : "")} | {step.Samples} | " +
                $"{(summary is null ? "" : Format.Number(summary.Median))} | {(summary is null ? "" : $"{Format.Number(summary.MedianLow)} – {Format.Number(summary.MedianHigh)}")} | " +
                $"{(step.Classification is { } c ? Format.Percent(c.ShiftPercent) : "")} | {build} | {ReportText.BuiltWhere(step)} | {ReportText.Load(step.Load)} |");
        }

        md.AppendLine();
        var notes = FindingText.Notes(result).Concat(result.Steps.Where(s => s.Note is not null).Select(s => $"{s.Commit.ShortSha}: {FindingText.Describe(s.Note!)}")).ToArray();
        if (notes.Length > 0)
        {
            md.AppendLine("## Notes").AppendLine();
            foreach (var note in notes)
            {
                md.AppendLine($"- {Escape(note)}");
            }

            md.AppendLine();
        }

        ExplanationMarkdown.Reproduce(md, result);
        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
