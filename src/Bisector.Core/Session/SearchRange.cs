using Bisector.Core.Abstractions;
using Bisector.Core.Domain;

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
            throw new UsageException($"--good {goodRev} and --bad {badRev} are the same commit {good.Commit.ShortSha}: give two different revisions.");
        }

        var baseCommit = graph.IsAncestor(good.Sha, bad.Sha)
            ? good.Commit
            : graph.MergeBase(good.Sha, bad.Sha) ?? throw new UsageException($"--good {goodRev} and --bad {badRev} share no history.");
        if (graph.IsAncestor(bad.Sha, good.Sha))
        {
            throw new UsageException(
                $"--bad {badRev} ({bad.Commit.ShortSha}) is an ancestor of --good {goodRev} ({good.Commit.ShortSha}): there are no commits from good to bad to search. " +
                $"Were they swapped? Try --good {badRev} --bad {goodRev}; to find the commit that made it faster, add --direction faster.");
        }

        return new SearchRange(good, bad, baseCommit, graph.FirstParentRange(baseCommit.Sha, bad.Sha));
    }
}
