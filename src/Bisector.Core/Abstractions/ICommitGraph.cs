using Bisector.Core.Domain;

namespace Bisector.Core.Abstractions;

/// <summary>The repository's history, read-only.</summary>
public interface ICommitGraph
{
    /// <summary>Resolves what a user wrote; throws <see cref="UsageException"/> naming it when it names nothing.</summary>
    ResolvedRevision Resolve(string rev);

    CommitInfo Lookup(string sha);

    bool IsAncestor(string ancestorSha, string descendantSha);

    CommitInfo? MergeBase(string sha1, string sha2);

    /// <summary>Commits on the first-parent line after <paramref name="goodSha"/> up to <paramref name="badSha"/>, oldest first.</summary>
    IReadOnlyList<CommitInfo> FirstParentRange(string goodSha, string badSha);
}
