using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The first commit past the midpoint, or its parent, has counts that vary by <paramref name="SpreadPercent"/>: too much to confirm it.</summary>
public sealed record WorkCulpritUnsteady(CommitInfo Culprit, double SpreadPercent) : Finding;
