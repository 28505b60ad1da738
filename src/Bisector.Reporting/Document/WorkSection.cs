using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>The work search: why it ran, what it found, every step of the executed instructions when they were mapped, and the commits it counted.</summary>
/// <param name="Map">The map's headline over the executed instructions, and each undone rise; null when not mapped.</param>
public sealed record WorkSection(string Summary, ReportTable Steps, IReadOnlyList<string>? Map) : ReportSection("work", WorkTables.Title)
{
    public static WorkSection? Of(BisectResult result) =>
        result.Work is { } work
            ? new(WorkTables.Summary(work), WorkTables.Steps(work), work.Map is { } map ? WorkTables.Map(work, map, result.Request.GoodRev, result.Request.BadRev) : null)
            : null;
}
