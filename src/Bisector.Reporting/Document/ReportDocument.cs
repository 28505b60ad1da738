using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>
/// One report of one result: its sections in the order every view shows them. report.json, report.md, report.html and
/// the terminal summary are views of it, so a section added here appears in each, with the same words.
/// </summary>
public sealed record ReportDocument(BisectResult Result, IReadOnlyList<ReportSection> Sections)
{
    public static ReportDocument Of(BisectResult result) => new(result, new ReportSection?[]
    {
        SummarySection.Of(result),
        CulpritSection.Of(result),
        ChangeSection.Of(result),
        LayoutSection.Of(result),
        NoiseSection.Of(result),
        ConclusionSection.Of(result),
        NotesSection.Of(result),
        StepMapSection.Of(result),
        StepsSection.Of(result),
        RecheckSection.Of(result),
        RevertSection.Of(result),
        WorkSection.Of(result),
        ProfileSection.Of(result),
        HotInstructionsSection.Of(result),
        MachineCodeSection.Of(result),
        SitesSection.Of(result),
        SourceSection.Of(result),
        CommitSection.Of(result),
        ReproduceSection.Of(result),
    }.OfType<ReportSection>().ToArray());

    public T? Section<T>()
        where T : ReportSection => Sections.OfType<T>().FirstOrDefault();
}
