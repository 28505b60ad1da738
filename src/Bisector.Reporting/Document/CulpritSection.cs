using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>The commit the search named, or the commits it could not tell apart.</summary>
/// <param name="Ambiguous">Whether the candidates are the verdict (an interrupted run's are only where it stopped).</param>
public sealed record CulpritSection(CommitInfo? Culprit, IReadOnlyList<CommitInfo> Candidates, bool Ambiguous)
    : ReportSection(Culprit is null ? "candidates" : "culprit", Culprit is null ? "Candidates" : "Culprit")
{
    public static CulpritSection? Of(BisectResult result) => result.Culprit is null && result.Candidates.Count == 0
        ? null
        : new(result.Culprit, result.Culprit is null ? result.Candidates : [], result.Status == BisectStatus.Ambiguous);
}
