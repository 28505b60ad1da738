using Bisector.Reporting.Text;
using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>What the run has to say beyond its verdict (a swapped pair of endpoints, how to resume, ...): report.json's notes too.</summary>
public sealed record NotesSection(IReadOnlyList<string> Notes) : ReportSection("notes", "Notes")
{
    /// <summary>The one place the result's notes become words: every view, report.json included, reads them here.</summary>
    public static IReadOnlyList<string> Words(BisectResult result) => FindingText.Notes(result);

    public static NotesSection? Of(BisectResult result) => Words(result) is { Count: > 0 } notes ? new(notes) : null;
}
