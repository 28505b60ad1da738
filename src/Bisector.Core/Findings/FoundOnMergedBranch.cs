using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The culprit was found on the branch that <paramref name="Merge"/> merged.</summary>
public sealed record FoundOnMergedBranch(CommitInfo Merge) : Finding;
