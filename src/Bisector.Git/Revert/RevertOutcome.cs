using Bisector.Core.Domain;

namespace Bisector.Git.Revert;

/// <summary>A commit undone on top of another: the new commit, or the paths where the undoing conflicts.</summary>
public sealed record RevertOutcome(CommitInfo? Commit, IReadOnlyList<string> Conflicts)
{
    public bool Applied => Commit is not null;
}
