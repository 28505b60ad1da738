using Bisector.Core.Domain;
using Bisector.Core.Explain;

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

    /// <summary>A commit as a reviewer reads it: full message, diffstat and unified diff against <paramref name="parentSha"/>.</summary>
    CommitDetails Describe(string sha, string parentSha);

    /// <summary>The commit's source files, for mapping debug info and diffs onto each other.</summary>
    ISourceFiles Sources(string sha);
}
