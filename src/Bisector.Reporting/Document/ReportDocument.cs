using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>
/// One report of one result: its sections in the order every view shows them. report.json, report.md, report.html and
/// the terminal summary are views of it, so a section added here appears in each, with the same words.
/// </summary>
public sealed record ReportDocument(BisectResult Result, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>The range's steps explained each in a report of its own, oldest first, which this one links; empty when none was.</summary>
    public IReadOnlyList<StepReport> StepReports { get; init; } = [];

    public static ReportDocument Of(BisectResult result) => Of(result, []);

    /// <summary>
    /// The report of <paramref name="result"/>, linking <paramref name="explainedSteps"/>: each a step of its map profiled
    /// against its parent (<see cref="StepReport.Of"/>), written beside it.
    /// </summary>
    public static ReportDocument Of(BisectResult result, IReadOnlyList<BisectResult> explainedSteps)
    {
        var steps = explainedSteps.Select(StepReport.Of).ToArray();
        return new(result, new ReportSection?[]
        {
            SummarySection.Of(result),
            CulpritSection.Of(result),
            ChangeSection.Of(result),
            LayoutSection.Of(result),
            NoiseSection.Of(result),
            ConclusionSection.Of(result),
            NotesSection.Of(result),
            StepMapSection.Of(result, steps),
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
        }.OfType<ReportSection>().ToArray())
        {
            StepReports = steps,
        };
    }

    public T? Section<T>()
        where T : ReportSection => Sections.OfType<T>().FirstOrDefault();
}
