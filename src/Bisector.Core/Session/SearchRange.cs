using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Failures;

namespace Bisector.Core.Session;

/// <summary>
/// What a bisection covers, by git bisect's rules: the first-parent commits after good (or after the merge base of
/// good and bad, when good is not an ancestor of bad) up to bad, oldest first.
/// </summary>
public sealed record SearchRange(ResolvedRevision Good, ResolvedRevision Bad, CommitInfo Base, IReadOnlyList<CommitInfo> Commits)
{
    /// <summary>True when good is not an ancestor of bad and the search starts from their merge base.</summary>
    public bool FromMergeBase => Base.Sha != Good.Sha;

    /// <summary>Resolves both revisions and lists the range; throws <see cref="UsageException"/> naming what to fix.</summary>
    public static SearchRange Plan(ICommitGraph graph, string goodRev, string badRev)
    {
        var good = graph.Resolve(goodRev);
        var bad = graph.Resolve(badRev);
        if (good.Sha == bad.Sha)
        {
            throw new UsageException(new SameRevisions(goodRev, badRev, good.Commit));
        }

        var baseCommit = graph.IsAncestor(good.Sha, bad.Sha)
            ? good.Commit
            : graph.MergeBase(good.Sha, bad.Sha) ?? throw new UsageException(new NoSharedHistory(goodRev, badRev));
        if (graph.IsAncestor(bad.Sha, good.Sha))
        {
            throw new UsageException(new SwappedRevisions(goodRev, badRev, good.Commit, bad.Commit));
        }

        return new SearchRange(good, bad, baseCommit, graph.FirstParentRange(baseCommit.Sha, bad.Sha));
    }
}
