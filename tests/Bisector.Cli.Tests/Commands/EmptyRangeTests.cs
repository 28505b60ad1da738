using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>A range with nothing to search is a usage error before anything is built, measured or written.</summary>
[Collection(CountingCollection.Name)]
public sealed class EmptyRangeTests(SampleRepositoryFixture sample)
{
    [Theory(Timeout = 120_000)]
    [InlineData("main", "main", "are the same commit")]
    [InlineData("v1.0", "v1.0~0", "are the same commit")]
    [InlineData("main", "main~5", "is an ancestor of --good main")]
    public async Task An_empty_range_exits_2_with_one_message_in_the_run_and_the_dry_run_and_leaves_no_work_dir_or_log(string good, string bad, string expected)
    {
        using var work = new TempDirectory();
        string[] args = ["run", "--repo", sample.Path, "--good", good, "--bad", bad, "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report")];

        var run = await CliProcess.RunAsync(args);
        var dryRun = await CliProcess.RunAsync([.. args, "--dry-run"]);

        Assert.All(new[] { run, dryRun }, r =>
        {
            Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}\n{r.Output}\n{r.Error}");
            Assert.Equal(string.Empty, r.Output);
            var line = Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("bisector: ", line, StringComparison.Ordinal);
            Assert.Contains($"--good {good}", line, StringComparison.Ordinal);
            Assert.Contains($"--bad {bad}", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
        });
        Assert.False(Directory.Exists(work.Combine("work")), "the work dir (and a log in it) was created");
        Assert.False(Directory.Exists(work.Combine("report")));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_dry_run_leaves_no_empty_log_file()
    {
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync("run", "--repo", sample.Path, "--good", "v1.0", "--bad", "main", "--work-dir", work.Combine("work"), "--dry-run");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        Assert.Contains("Range: ", output, StringComparison.Ordinal);
        var logs = Directory.Exists(work.Combine("work", "logs")) ? Directory.GetFiles(work.Combine("work", "logs")) : [];
        Assert.DoesNotContain(logs, log => new FileInfo(log).Length == 0);
    }
}
