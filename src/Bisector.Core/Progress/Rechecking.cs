using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>The commit the search ended on is measured again against its parent, in paired rounds.</summary>
public sealed record Rechecking(CommitInfo Culprit, CommitInfo Parent) : SessionPhase;
