namespace Bisector.Core.Domain;

/// <summary>What the user wrote, and the commit it names.</summary>
public sealed record ResolvedRevision(string Rev, CommitInfo Commit)
{
    public string Sha => Commit.Sha;
}
