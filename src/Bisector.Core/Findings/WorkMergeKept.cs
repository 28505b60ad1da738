using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>
/// The work search named <paramref name="Merge"/> and could not follow it into its branch: <paramref name="Why"/> is
/// <see cref="MergeBranchUnbuildable"/> (an end of the branch could not be built or counted), <see cref="MergeItselfSlower"/>
/// (the branch alone did not move the counts) or the branch search's own finding. The merge stays the answer.
/// </summary>
public sealed record WorkMergeKept(CommitInfo Merge, Finding Why) : Finding;
