namespace Bisector.Core.Domain;

/// <summary>What the user wrote, and the commit it names.</summary>
public sealed record ResolvedRevision(string Rev, CommitInfo Commit)
{
    public string Sha => Commit.Sha;

    /// <summary>A commit found by the run rather than named by the user: its short SHA stands for the revision.</summary>
    public static ResolvedRevision Of(CommitInfo commit) => new(commit.ShortSha, commit);
}
