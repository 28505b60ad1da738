using Bisector.Core.Domain;
using Bisector.Core.Findings;

namespace Bisector.Core.Session;

/// <summary>One commit of the work search: its executed instructions and which side of the endpoints' midpoint they lie on.</summary>
public sealed record WorkStep(CommitInfo Commit, Verdict Verdict, IReadOnlyList<double> Values, Finding? Note)
{
    public double? Median => Values.Count == 0 ? null : Statistics.Summary.Of(Values).Median;
}

/// <summary>
/// The commit where the executed instructions rose, searched when time could not name a commit that does more work:
/// time's culprit executes the same instructions as its parent (a layout effect), or time named no commit while the
/// endpoints' instructions rose. Instruction counts move with the program's work only, never with layout or load, so
/// a near-exact count splits the range at the midpoint of the endpoints' counts.
/// </summary>
/// <param name="Metric">The instruction counter ("callgrind", "instructions").</param>
/// <param name="Reason">Why it ran: <see cref="WorkAfterLayoutCulprit"/> or <see cref="WorkAfterNoCulprit"/>.</param>
/// <param name="Culprit">The first commit whose count is past the midpoint, confirmed against its parent; null when none could be.</param>
/// <param name="ParentValues">The culprit's parent's counts; empty without a culprit.</param>
/// <param name="CulpritValues">The culprit's counts; empty without a culprit.</param>
/// <param name="Candidates">With no single culprit: the commits it could be (the untestable ones next to it).</param>
/// <param name="Steps">The commits the work search counted, in the order it counted them.</param>
/// <param name="Note">
/// Why there is no culprit, when there is none. With one: <see cref="FoundOnMergedBranch"/> when the search named a merge
/// and found the commit inside its branch, <see cref="WorkMergeKept"/> when the merge stays the answer and why.
/// </param>
public sealed record WorkSearch(
    string Metric,
    Finding Reason,
    CommitInfo? Culprit,
    IReadOnlyList<double> ParentValues,
    IReadOnlyList<double> CulpritValues,
    IReadOnlyList<CommitInfo> Candidates,
    IReadOnlyList<WorkStep> Steps,
    Finding? Note)
{
    /// <summary>Every step of the executed instructions over the range, when the counts repeat and mapping is on; null otherwise.</summary>
    public Mapping.RangeMap? Map { get; init; }

    /// <summary>The culprit's change in executed instructions against its parent, in percent; null without a culprit.</summary>
    public double? ChangePercent => Culprit is null || ParentValues.Count == 0 || CulpritValues.Count == 0
        ? null
        : (Statistics.Summary.Of(CulpritValues).Median - Statistics.Summary.Of(ParentValues).Median) / Statistics.Summary.Of(ParentValues).Median * 100;
}
