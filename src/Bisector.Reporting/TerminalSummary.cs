using Bisector.Core.Session;
using Bisector.Reporting.Document;

namespace Bisector.Reporting;

/// <summary>
/// The report document's terminal view: the verdict and the evidence in a few lines, then where the full reports are.
/// Each section says what it keeps here; the long ones (steps, tables, machine code) stay in the files.
/// </summary>
public static class TerminalSummary
{
    private const string Indent = "   ";

    public static void Write(TextWriter output, BisectResult result, string reportDirectory, string logPath) =>
        Write(output, ReportDocument.Of(result), reportDirectory, logPath);

    public static void Write(TextWriter output, ReportDocument document, string reportDirectory, string logPath)
    {
        output.WriteLine();
        foreach (var section in document.Sections)
        {
            foreach (var line in Lines(section))
            {
                output.WriteLine(line);
            }
        }

        if (document.Section<SummarySection>() is { } summary)
        {
            output.WriteLine($"{Indent}{summary.Cost}");
        }

        Paths(output, "Reports:", ReportExporters.All.Select(e => Path.Combine(reportDirectory, e.FileName)));
        Paths(output, "Steps:", document.StepReports.Select(s => Path.Combine(reportDirectory, s.Folder, ReportNames.MarkdownFile)));
        output.WriteLine($"Log:     {logPath}");
    }

    /// <summary>Paths one a line, the first led by <paramref name="label"/>, the rest lined up under it; nothing when there is none.</summary>
    private static void Paths(TextWriter output, string label, IEnumerable<string> paths)
    {
        var first = true;
        foreach (var path in paths)
        {
            output.WriteLine($"{(first ? label : string.Empty),-9}{path}");
            first = false;
        }
    }

    private static IEnumerable<string> Lines(ReportSection section) => section switch
    {
        SummarySection s => new[]
        {
            s.Headline,
            s.Disagreement is { } d ? $"{Indent}{SummarySection.DisagreementLead} {d}" : null,
            s.TimeAndInstructions is { } both ? $"{Indent}{both}" : null,
            s.WorkHeadline is { } work ? $"{Indent}{SummarySection.WorkLead} {work}" : null,
        }.OfType<string>(),
        CulpritSection { Culprit: { } c } => [$"{Indent}{c.Sha}", $"{Indent}{c.Author}, {c.Date:yyyy-MM-dd}"],
        CulpritSection c => c.Ambiguous ? c.Candidates.Select(candidate => $"{Indent}candidate {candidate.Sha} {candidate.Subject}") : [],
        ConclusionSection c => [$"{Indent}Why: {c.Conclusion}", .. c.Unavailable.Select(missing => $"{Indent}{ConclusionSection.UnavailableLead} {missing}")],
        NotesSection n => n.Notes.Select(note => $"{Indent}{note}"),
        StepMapSection m => [$"{Indent}{m.Headline}", .. m.Undone.Select(u => $"{Indent}undone: {u}"), .. m.Unexplained.Select(u => $"{Indent}{u}"), $"{Indent}{m.Cost}"],
        ChangeSection c => [$"{Indent}{c.Line}"],
        LayoutSection l => l.Lines.Select(line => $"{Indent}{line}"),
        NoiseSection n => [$"{Indent}{n.Sensitivity}"],
        RecheckSection { Finding: { } finding } r => [$"{Indent}{finding}: {r.FindingText}"],
        WorkSection { Map: { } map } => map.Select(line => $"{Indent}{line}"),
        RevertSection r => r.Lines.Select(line => $"{Indent}{line}"),
        SitesSection s => [$"{Indent}{s.Headline}"],
        HotInstructionsSection h => [$"{Indent}{h.Headline}"],
        RecheckSection or StepsSection or WorkSection or ProfileSection or MachineCodeSection or SourceSection or CommitSection or ReproduceSection => [],
        _ => throw new NotSupportedException($"The terminal summary has no view of {section.GetType().Name}"),
    };
}
