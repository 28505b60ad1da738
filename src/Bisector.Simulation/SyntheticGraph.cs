using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Explain;

namespace Bisector.Simulation;

/// <summary>A linear history of <c>count</c> commits named c0..c(n-1), for testing the pure session without git.</summary>
public sealed class SyntheticGraph(int count) : ICommitGraph
{
    public IReadOnlyList<CommitInfo> Commits { get; } = Enumerable.Range(0, count)
        .Select(i => new CommitInfo(Sha(i), $"change {i}", "Test Author <author@example.org>", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i), i == 0 ? [] : [Sha(i - 1)]))
        .ToArray();

    public static string Sha(int i) => i.ToString("x40", System.Globalization.CultureInfo.InvariantCulture);

    public static int Index(string sha) => Convert.ToInt32(sha, 16);

    public ResolvedRevision Resolve(string rev)
    {
        var index = rev.StartsWith('c') && int.TryParse(rev[1..], out var i) && i < count ? i : throw new UsageException($"Unknown revision '{rev}'.");
        return new ResolvedRevision(rev, Commits[index]);
    }

    public CommitInfo Lookup(string sha) => Commits[Index(sha)];

    public bool IsAncestor(string ancestorSha, string descendantSha) => Index(ancestorSha) <= Index(descendantSha);

    public CommitInfo? MergeBase(string sha1, string sha2) => Commits[Math.Min(Index(sha1), Index(sha2))];

    public IReadOnlyList<CommitInfo> FirstParentRange(string goodSha, string badSha) =>
        Commits.Skip(Index(goodSha) + 1).Take(Index(badSha) - Index(goodSha)).ToArray();

    /// <summary>Synthetic commits change no files.</summary>
    public CommitDetails Describe(string sha, string parentSha) => new(sha, parentSha, Commits[Index(sha)].Subject, [], string.Empty);

    public ISourceFiles Sources(string sha) => NoSourceFiles.Instance;
}
