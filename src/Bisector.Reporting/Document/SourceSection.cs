using Bisector.Core.Session;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Document;

/// <summary>Whether the benchmark ran the changed source, and the lines whose executed instructions changed most.</summary>
public sealed record SourceSection(ReportTable Changes, ReportTable? HotLines) : ReportSection("source", "Did the changed source run?")
{
    public const string HotLinesTitle = "Source lines whose executed instructions changed most";

    public static SourceSection? Of(BisectResult result) => result.Explanation?.Source is { } source
        ? new(ExplanationTables.SourceChanges(source), source.Lines.Count > 0 ? ExplanationTables.HotLines(source) : null)
        : null;
}
