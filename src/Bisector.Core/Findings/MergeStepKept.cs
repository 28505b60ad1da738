using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>
/// A step of the map is the merge <paramref name="Merge"/> and stays one: the branch it merged names no single step.
/// </summary>
/// <param name="BranchShiftPercent">The branch's own change, its tip against the merge base; 0 when nothing was measured.</param>
/// <param name="SpreadCommits">When the branch moved as a slope: the commits it is spread over; 0 otherwise.</param>
/// <param name="Unmeasured">A commit of the branch that could not be built or measured, where the branch's move may lie; null when none.</param>
public sealed record MergeStepKept(CommitInfo Merge, double BranchShiftPercent, int SpreadCommits, CommitInfo? Unmeasured) : Finding;
