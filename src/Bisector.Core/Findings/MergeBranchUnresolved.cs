using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The culprit is a merge and no single commit of its branch could be confirmed (the candidates, when the branch search was ambiguous).</summary>
public sealed record MergeBranchUnresolved(CommitInfo Merge, IReadOnlyList<CommitInfo> Candidates) : Finding;
