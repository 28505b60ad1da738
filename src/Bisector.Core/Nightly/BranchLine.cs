using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Failures;

namespace Bisector.Core.Nightly;

/// <summary>The first-parent commits of a branch that arrived since the history's newest commit, numbered on from it.</summary>
public static class BranchLine
{
    /// <param name="known">The branch's commits the history holds, oldest first.</param>
    /// <param name="head">The branch's newest commit tonight.</param>
    /// <param name="since">Where the first night starts; null: <paramref name="firstNightCommits"/> commits back from the head.</param>
    public static IReadOnlyList<HistoryCommit> Arrived(ICommitGraph graph, string branch, IReadOnlyList<HistoryCommit> known, CommitInfo head, CommitInfo? since, int firstNightCommits)
    {
        IReadOnlyList<CommitInfo> arrived;
        var next = 0;
        if (known.Count == 0)
        {
            var start = since ?? Back(graph, head, firstNightCommits - 1);
            if (start.Sha != head.Sha && !graph.IsAncestor(start.Sha, head.Sha))
            {
                throw new UsageException(new SinceNotOnBranch(start, branch, head));
            }

            arrived = start.Sha == head.Sha ? [head] : [start, .. graph.FirstParentRange(start.Sha, head.Sha)];
        }
        else
        {
            var newest = known[^1];
            if (newest.Sha != head.Sha && !graph.IsAncestor(newest.Sha, head.Sha))
            {
                throw new UsageException(new BranchRewritten(branch, head, newest.Sha));
            }

            arrived = newest.Sha == head.Sha ? [] : graph.FirstParentRange(newest.Sha, head.Sha);
            next = newest.Position + 1;
        }

        return arrived.Select((c, i) => new HistoryCommit(c.Sha, next + i, c.Subject, c.Date)).ToArray();
    }

    /// <summary>The commit <paramref name="steps"/> first parents back, or the root when the line is shorter.</summary>
    private static CommitInfo Back(ICommitGraph graph, CommitInfo head, int steps)
    {
        var commit = head;
        for (var i = 0; i < steps && commit.Parents.Count > 0; i++)
        {
            commit = graph.Lookup(commit.Parents[0]);
        }

        return commit;
    }
}
