using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>The culprit undone at the tip and measured there: real git, real builds of the revert, real benchmark processes.</summary>
[Collection(CountingCollection.Name)]
public sealed class RevertCheckTests(SampleRepositoryFixture sample)
{
    private static JsonElement Report(string reportDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(reportDirectory, "report.json"))).RootElement;

    private static string Program(int value) => $$"""
        #include <stdio.h>
        int main(void)
        {
          long value = {{value}};
          printf("%ld\n", value);
          return 0;
        }

        """;

    /// <summary>
    /// <c>profile</c> of the second of three commits (100, then 120 printed) with <c>--revert-at</c> the third, whose
    /// prog.c is <paramref name="third"/>: the commits, the report's revertCheck and the terminal's output.
    /// </summary>
    private static async Task<(IReadOnlyList<string> Shas, JsonElement Revert, string Output)> ProfileRevertingTheMiddleCommitAsync(string third)
    {
        using var repository = new CProgramRepository(
            [("prog: print 100", Program(100)), ("prog: print 120", Program(120)), ("prog: the third", third)], "", "", metric: "output");
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "profile", repository.Shas[1], "--revert-at", repository.Shas[2], "--repo", repository.Path, "--config", repository.ConfigPath,
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        return ([.. repository.Shas], Report(work.Combine("report")).GetProperty("revertCheck").Clone(), output);
    }

    [Fact(Timeout = 600_000)]
    public async Task Reverting_the_samples_culprit_at_main_recovers_most_of_the_change()
    {
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "run", "--repo", sample.Path, "--config", CliProcess.DeterministicConfig, "--good", "v1.0", "--bad", "main", "--no-explain", "--no-map",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = Report(work.Combine("report"));
        Assert.Equal(sample.CulpritSha, report.GetProperty("culprit").GetProperty("sha").GetString());
        var revert = report.GetProperty("revertCheck");
        Assert.True(revert.GetProperty("applied").GetBoolean(), revert.ToString());
        Assert.True(revert.GetProperty("shiftPercent").GetDouble() < 0, revert.ToString());
        Assert.True(revert.GetProperty("shiftHighPercent").GetDouble() < 0, revert.ToString());
        Assert.True(revert.GetProperty("recoveredSharePercent").GetDouble() > 50, revert.ToString());
        Assert.Contains($"Reverting `{sample.CulpritSha[..10]}` on top of main", output, StringComparison.Ordinal);
        Assert.Contains("## Revert check at the tip", File.ReadAllText(work.Combine("report", "report.md")), StringComparison.Ordinal);
        // The user's repository never holds the revert: it lives in the work dir's own store.
        Assert.False(new LibGit2Sharp.Repository(sample.Path).ObjectDatabase.Contains(new LibGit2Sharp.ObjectId(revert.GetProperty("revert").GetString())));
    }

    [Fact(Timeout = 300_000)]
    public async Task A_culprit_whose_line_a_later_commit_rewrote_does_not_revert_cleanly_and_the_report_says_so()
    {
        var (shas, revert, output) = await ProfileRevertingTheMiddleCommitAsync(Program(130));

        Assert.False(revert.GetProperty("applied").GetBoolean());
        Assert.Equal(["prog.c"], revert.GetProperty("conflicts").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, revert.GetProperty("shiftPercent").ValueKind);
        Assert.Contains($"`{shas[1][..10]}` does not revert cleanly on top of `{shas[2][..10]}`: undoing it conflicts in `prog.c`", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_culprit_that_reverts_cleanly_is_measured_at_the_later_revision_with_profile_revert_at()
    {
        var (_, revert, output) = await ProfileRevertingTheMiddleCommitAsync(Program(120) + "/* readme */\n");

        Assert.True(revert.GetProperty("applied").GetBoolean(), revert.ToString());
        // 120 back to 100 at the later revision: -16.7 %, exactly, since the metric is the number printed; all of the
        // profiled commit's own +20 % against its parent, measured in paired rounds too.
        Assert.Equal(-16.67, revert.GetProperty("shiftPercent").GetDouble(), 1);
        Assert.Equal(100.0, revert.GetProperty("recoveredSharePercent").GetDouble(), 1);
        Assert.Contains("recovers -16.7 % of the +20.0 %", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_checkout_left_on_a_revert_builds_the_next_commands_commits_without_a_revert_check()
    {
        // profile --revert-at leaves the checkout on the revert, which lives in the work dir's own store; a compare in the
        // same work dir then builds a commit nothing has built yet, in that checkout, with no revert check of its own.
        using var repository = new CProgramRepository(
            [("prog: print 100", Program(100)), ("prog: print 120", Program(120)), ("prog: a readme line", Program(120) + "/* readme */\n"), ("prog: print 125", Program(125))],
            "", "", metric: "output");
        using var work = new TempDirectory();
        string[] where = ["--repo", repository.Path, "--config", repository.ConfigPath, "--work-dir", work.Combine("work")];

        var profiled = await CliProcess.RunAsync(["profile", repository.Shas[1], "--revert-at", repository.Shas[2], .. where, "--report-dir", work.Combine("profile")]);
        var compared = await CliProcess.RunAsync(["compare", repository.Shas[2], repository.Shas[3], "--no-explain", .. where, "--report-dir", work.Combine("compare")]);

        Assert.True(profiled.ExitCode == 0, $"exit {profiled.ExitCode}\n{profiled.Output}\n{profiled.Error}");
        Assert.True(Report(work.Combine("profile")).GetProperty("revertCheck").GetProperty("applied").GetBoolean());
        Assert.True(compared.ExitCode == 0, $"exit {compared.ExitCode}\n{compared.Output}\n{compared.Error}");
        Assert.Equal(4.17, Report(work.Combine("compare")).GetProperty("change").GetProperty("shiftPercent").GetDouble(), 1);
    }
}
