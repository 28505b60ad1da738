using Bisector.Reporting.Text;
using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>
/// The work search (null when time named a commit that does more work, or there is no counter). <c>culprits</c>: every
/// step of the executed instructions over the range, as the run's own <c>culprits</c>, when the counts were mapped.
/// </summary>
internal sealed record WorkJson(
    string Metric,
    string Reason,
    CommitJson? Culprit,
    double? ChangePercent,
    IReadOnlyList<double> ParentValues,
    IReadOnlyList<double> CulpritValues,
    IReadOnlyList<string> Candidates,
    string? Note,
    IReadOnlyList<WorkStepJson> Steps,
    IReadOnlyList<CulpritStepJson>? Culprits)
{
    public static WorkJson? Of(WorkSearch? work) => work is null
        ? null
        : new(
            work.Metric,
            FindingText.Describe(work.Reason),
            CommitJson.Of(work.Culprit),
            JsonNumbers.Round(work.ChangePercent, 4),
            work.ParentValues,
            work.CulpritValues,
            [.. work.Candidates.Select(c => c.Sha)],
            work.Note is { } note ? FindingText.Describe(note) : null,
            [.. work.Steps.Select(WorkStepJson.Of)],
            work.Map is { } map ? CulpritStepJson.Of(map, []) : null);
}
