using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>The work search: why it ran, what it found, and the commits it counted.</summary>
public sealed record WorkSection(string Summary, ReportTable Steps) : ReportSection("work", WorkTables.Title)
{
    public static WorkSection? Of(BisectResult result) =>
        result.Work is { } work ? new(WorkTables.Summary(work), WorkTables.Steps(work)) : null;
}
