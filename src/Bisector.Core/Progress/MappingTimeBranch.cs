using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>
/// A time's culprit lies on a branch a merge brought in: the branch is being mapped around it in paired rounds, as the
/// line was around the merge, so that a branch which moved in more than one step names each.
/// </summary>
/// <param name="Merge">The merge on the line that brought the branch in.</param>
/// <param name="Commits">The branch's commits, from its merge base (not counted) to the merge's second parent.</param>
/// <param name="Around">The branch commit the search named and its re-check confirmed.</param>
public sealed record MappingTimeBranch(string Metric, CommitInfo Merge, int Commits, CommitInfo Around) : SessionPhase;
