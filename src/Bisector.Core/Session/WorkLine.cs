using Bisector.Core.Domain;
using Bisector.Core.Findings;

namespace Bisector.Core.Session;

/// <summary>What the work search found on one line of commits (the range's, or a merged branch's).</summary>
/// <param name="Culprit">The first commit whose count is past the midpoint, confirmed against its parent; null when none could be.</param>
/// <param name="ParentValues">The culprit's parent's counts; empty without a culprit.</param>
/// <param name="CulpritValues">The culprit's counts; empty without a culprit.</param>
/// <param name="Candidates">The commits it could be: the culprit, or the untestable ones next to it.</param>
/// <param name="Note">Why there is no culprit; with one, how a merge was followed into its branch or why it stayed.</param>
internal sealed record WorkLine(
    CommitInfo? Culprit, IReadOnlyList<double> ParentValues, IReadOnlyList<double> CulpritValues, IReadOnlyList<CommitInfo> Candidates, Finding? Note)
{
    public static WorkLine None(IReadOnlyList<CommitInfo> candidates, Finding note) => new(null, [], [], candidates, note);
}
