using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The first commit past the midpoint and its parent could not both be counted.</summary>
public sealed record WorkPairNotCounted(CommitInfo Culprit, CommitInfo Parent) : Finding;
