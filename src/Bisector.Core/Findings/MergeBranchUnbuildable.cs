using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The culprit is a merge and <paramref name="Commit"/>, an end of its branch, does not build: the merge stays the answer.</summary>
public sealed record MergeBranchUnbuildable(CommitInfo Merge, CommitInfo Commit) : Finding;
