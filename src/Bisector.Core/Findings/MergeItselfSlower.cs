using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The culprit is a merge whose branch alone is not slower than its base: the change comes from the merge itself.</summary>
public sealed record MergeItselfSlower(CommitInfo Merge, double ShiftPercent) : Finding;
