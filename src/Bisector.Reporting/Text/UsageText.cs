using Bisector.Core.Domain;
using Bisector.Core.Failures;

namespace Bisector.Reporting.Text;

/// <summary>The words for what the user must fix: one line each, naming the values and what to do.</summary>
public static class UsageText
{
    /// <summary>The line for <paramref name="ex"/>: its typed failure in words, or its message when it has none.</summary>
    public static string Describe(UsageException ex) => ex.Failure is { } failure ? Describe(failure) : ex.Message;

    public static string Describe(UsageFailure failure) =>
        failure switch
        {
            SameRevisions same =>
                $"--good {same.GoodRev} and --bad {same.BadRev} are the same commit {same.Commit.ShortSha}: give two different revisions.",
            NoSharedHistory apart => $"--good {apart.GoodRev} and --bad {apart.BadRev} share no history.",
            SwappedRevisions swapped =>
                $"--bad {swapped.BadRev} ({swapped.Bad.ShortSha}) is an ancestor of --good {swapped.GoodRev} ({swapped.Good.ShortSha}): there are no commits from good to bad to search. " +
                $"Were they swapped? Try --good {swapped.BadRev} --bad {swapped.GoodRev}; to find the commit that made it faster, add --direction faster.",
            RevisionDoesNotBuild build =>
                $"The {build.Role} revision {build.Rev} ({build.Commit.ShortSha}) does not build: {build.Error}. " +
                $"See {build.LogPath}; choose a {build.Role} revision that builds, or fix the config's build commands.",
            BenchmarkFails fails =>
                $"The benchmark fails on {fails.Commit.ShortSha} ({fails.Commit.Subject}){(fails.MeasuredBefore ? ", which it measured before" : string.Empty)}: {fails.Error}. Fix the benchmark command in the config.",
            SinceNotOnBranch since =>
                $"--since {since.Since.ShortSha} is not on the first-parent line of {since.Branch} ({since.Head.ShortSha}): give a commit of that branch.",
            BranchRewritten rewritten =>
                $"{rewritten.Branch} ({rewritten.Head.ShortSha}) no longer contains {Format.Sha(rewritten.NewestSha)}, the newest commit of its history: the branch was rewritten. " +
                "Start a new history with another --db, or measure another branch.",
            UnknownBenchmark unknown => $"Benchmark '{unknown.Name}' is not in {unknown.ConfigPath}. Choose one of: {string.Join(", ", unknown.Known)}.",
            _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
        };
}
