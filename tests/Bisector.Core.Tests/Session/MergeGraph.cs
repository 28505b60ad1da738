using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Explain;
using Bisector.Simulation;

namespace Bisector.Core.Tests.Session;

/// <summary>
/// A history with one merge: main line c0 c1 c2 c3, a branch c10..c17 forked from c1, the merge c20 (parents c3
/// and c17), and c21 c22 c23 after it on the main line. <c>nested</c> makes c15 a merge too, of c14 and a branch
/// c30 c31 c32 forked from c12. Commit SHAs are <see cref="SyntheticGraph.Sha"/> of their number, so a synthetic benchmark reads them.
/// </summary>
internal sealed class MergeGraph : ICommitGraph
{
    private readonly Dictionary<string, CommitInfo> _commits = new(StringComparer.Ordinal);

    public MergeGraph(bool nested = false)
    {
        Add(0);
        Add(1, 0);
        Add(2, 1);
        Add(3, 2);
        for (var i = 10; i <= 17; i++)
        {
            Add(i, i == 10 ? 1 : i - 1);
        }

        if (nested)
        {
            for (var i = 30; i <= 32; i++)
            {
                Add(i, i == 30 ? 12 : i - 1);
            }

            Add(15, 14, 32);
        }

        Add(20, 3, 17);
        for (var i = 21; i <= 23; i++)
        {
            Add(i, i - 1);
        }
    }

    public CommitInfo Merge => Lookup(SyntheticGraph.Sha(20));

    public ResolvedRevision Resolve(string rev) => new(rev, Lookup(SyntheticGraph.Sha(int.Parse(rev[1..], System.Globalization.CultureInfo.InvariantCulture))));

    public CommitInfo Lookup(string sha) => _commits[sha];

    public bool IsAncestor(string ancestorSha, string descendantSha) => Ancestors(descendantSha).Contains(ancestorSha);

    public CommitInfo? MergeBase(string sha1, string sha2)
    {
        var common = Ancestors(sha1).Intersect(Ancestors(sha2)).ToArray();
        return common.Select(Lookup).FirstOrDefault(c => common.All(other => other == c.Sha || !Ancestors(other).Contains(c.Sha)));
    }

    public IReadOnlyList<CommitInfo> FirstParentRange(string goodSha, string badSha)
    {
        var range = new List<CommitInfo>();
        for (var commit = Lookup(badSha); commit.Sha != goodSha; commit = Lookup(commit.Parents[0]))
        {
            range.Insert(0, commit);
        }

        return range;
    }

    public CommitDetails Describe(string sha, string parentSha) => new(sha, parentSha, Lookup(sha).Subject, [], string.Empty);

    public ISourceFiles Sources(string sha) => NoSourceFiles.Instance;

    private HashSet<string> Ancestors(string sha)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([sha]);
        while (queue.TryDequeue(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var parent in Lookup(next).Parents)
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return seen;
    }

    private void Add(int index, params int[] parents) => _commits[SyntheticGraph.Sha(index)] = new CommitInfo(
        SyntheticGraph.Sha(index), $"change {index}", "Test Author <author@example.org>", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(index),
        parents.Select(SyntheticGraph.Sha).ToArray());
}
