using Bisector.Testing;
using LibGit2Sharp;

namespace Bisector.Cli.Tests.Commands;

/// <summary>compare, profile and nightly resolve their revisions once, before the work dir or the log is touched: a revision that does not resolve leaves nothing behind.</summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class ResolvedRevisionTests(SampleRepositoryFixture sample)
{
    [Theory(Timeout = 120_000)]
    [InlineData("compare", "no-such-rev", "main")]
    [InlineData("compare", "v1.0", "no-such-rev")]
    [InlineData("profile", "no-such-rev", null)]
    [InlineData("nightly", "--branch", "no-such-rev")]
    public async Task A_revision_that_does_not_resolve_exits_2_naming_it_and_leaves_no_work_dir(string command, string first, string? second)
    {
        using var work = new TempDirectory();
        string[] args = [command, first, .. second is null ? Array.Empty<string>() : [second], "--repo", sample.Path, "--work-dir", work.Combine("work")];

        var (exitCode, output, error) = await CliProcess.RunAsync(args);

        Assert.True(exitCode == 2, $"exit {exitCode}\n{output}\n{error}");
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("bisector: ", line, StringComparison.Ordinal);
        Assert.Contains("no-such-rev", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Combine("work")), "the work dir (and a log in it) was created");
    }

    [Fact(Timeout = 120_000)]
    public async Task Profiling_the_root_commit_without_vs_asks_for_vs_and_leaves_no_work_dir()
    {
        using var work = new TempDirectory();
        string root;
        using (var repository = new Repository(sample.Path))
        {
            root = repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = "main" }).Single(c => !c.Parents.Any()).Sha;
        }

        var (exitCode, output, error) = await CliProcess.RunAsync("profile", root, "--repo", sample.Path, "--work-dir", work.Combine("work"));

        Assert.True(exitCode == 2, $"exit {exitCode}\n{output}\n{error}");
        Assert.Contains("has no parent: name the revision to profile it against with --vs REV.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Combine("work")), "the work dir (and a log in it) was created");
    }
}
