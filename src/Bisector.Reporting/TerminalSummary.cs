using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Reporting.Text;

namespace Bisector.Reporting;

/// <summary>The report's terminal view: the verdict, the evidence in a few lines, and where the full reports are.</summary>
public static class TerminalSummary
{
    public static void Write(TextWriter output, BisectResult result, string reportDirectory, string logPath)
    {
        output.WriteLine();
        output.WriteLine(ReportText.Headline(result));
        if (ReportText.Disagreement(result) is { } disagreement)
        {
            output.WriteLine($"   Time and instructions disagree. {disagreement}");
        }

        if (result.Culprit is { } culprit)
        {
            output.WriteLine($"   {culprit.Sha}");
            output.WriteLine($"   {culprit.Author}, {culprit.Date:yyyy-MM-dd}");
        }

        foreach (var candidate in result.Status == BisectStatus.Ambiguous ? result.Candidates : [])
        {
            output.WriteLine($"   candidate {candidate.Sha} {candidate.Subject}");
        }

        if (result.Change is { } change)
        {
            output.WriteLine($"   {result.Request.GoodRev} {Format.Number(change.BaselineMedian)} -> {result.Request.BadRev} {Format.Number(change.RegressedMedian)} {result.Request.Unit} ({Format.Percent(change.ShiftPercent)}, p {Format.PValue(change.PValue)})");
        }

        if (result.Endpoints is { } noise)
        {
            output.WriteLine($"   {ReportText.Sensitivity(noise)}");
        }

        if (ReportText.TimeAndInstructions(result) is { } both)
        {
            output.WriteLine($"   {both}");
        }

        if (result.Instructions is { } instructions)
        {
            output.WriteLine($"   {ReportNames.Finding(instructions.Finding)}: {InstructionText.Explain(instructions)}");
        }

        if (result.Work is { } work)
        {
            output.WriteLine($"   Where the work rose: {WorkText.Headline(work)}");
        }

        if (result.Explanation is { } explanation)
        {
            output.WriteLine($"   Why: {ConclusionText.Write(explanation)}");
            foreach (var missing in explanation.Unavailable)
            {
                output.WriteLine($"   {ConclusionText.Unavailable(missing)}");
            }
        }

        foreach (var note in FindingText.Notes(result))
        {
            output.WriteLine($"   {note}");
        }

        output.WriteLine($"   {ReportText.Totals(result)}");
        output.WriteLine($"Reports: {Path.Combine(reportDirectory, ReportNames.JsonFile)}");
        output.WriteLine($"         {Path.Combine(reportDirectory, ReportNames.MarkdownFile)}");
        output.WriteLine($"         {Path.Combine(reportDirectory, ReportNames.HtmlFile)}");
        output.WriteLine($"Log:     {logPath}");
    }
}
