using Bisector.Core.Session;
using Bisector.Reporting.Text;

namespace Bisector.Reporting;

/// <summary>The work search, built once for every view: why it ran, what it found, and the commits it counted.</summary>
internal static class WorkTables
{
    public const string Title = "Where the work rose (instruction counts)";

    /// <summary>Why the work was searched and what it found, in two sentences.</summary>
    public static string Summary(WorkSearch work) => $"Searched because {FindingText.Describe(work.Reason)}. {WorkText.Headline(work)}";

    /// <summary>"In executed instructions (callgrind): main is 19.0 % slower than v1.0: 1 commit explains ...", then each undone rise.</summary>
    public static IReadOnlyList<string> Map(WorkSearch work, Core.Mapping.RangeMap map, string good, string bad) =>
        [$"In executed instructions ({work.Metric}): {Mapping.MapText.Headline(map, good, bad)}", .. map.Map.Undone.Select(step => $"undone: {Mapping.MapText.Undoing(map, step)}")];

    /// <summary>The counted commits in the order the search counted them, with their side of the endpoints' midpoint.</summary>
    public static ReportTable Steps(WorkSearch work) => new(
        [new("#", CellKind.Number), new("commit", CellKind.Code), new("subject"), new($"instructions ({work.Metric}, median)", CellKind.Number), new("verdict"), new("note")],
        work.Steps.Select((step, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            step.Commit.ShortSha,
            step.Commit.Subject,
            step.Median is { } median ? Format.Count(median) : "",
            ReportNames.Verdict(step.Verdict),
            FindingText.Describe(step.Note, string.Empty),
        ]).ToArray());
}
