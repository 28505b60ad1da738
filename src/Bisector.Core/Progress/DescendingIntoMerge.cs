using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>The search named a merge: the commits its branch brought in, <paramref name="Base"/>..<paramref name="Tip"/>, are bisected.</summary>
public sealed record DescendingIntoMerge(CommitInfo Merge, int Commits, CommitInfo Base, CommitInfo Tip) : SessionPhase;
