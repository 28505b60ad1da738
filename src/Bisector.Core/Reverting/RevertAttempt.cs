using Bisector.Core.Domain;

namespace Bisector.Core.Reverting;

/// <summary>A culprit undone on top of a later commit: the new commit, or the paths where the undoing conflicts.</summary>
public sealed record RevertAttempt(CommitInfo? Commit, IReadOnlyList<string> Conflicts);
