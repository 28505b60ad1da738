using System.Globalization;
using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// A slowdown spread over several commits, none of them above the threshold: the search ends on one of them, its
/// re-check against its parent fails, the run names no commit, and the map of the range says where the change is and
/// that it came gradually. The program prints its own cost with a fixed
/// spread, so the verdicts do not depend on the machine's load.
/// </summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class GradualSlowdownTests
{
    /// <summary>Prints <paramref name="level"/> with a spread of 0.1 %: narrow enough that the commit nearest the slope's midpoint (104, against 100 and 110) is told from it in a few rounds.</summary>
    private static string Program(double level) => CostPrintingProgram.Source(level.ToString("0.0", CultureInfo.InvariantCulture));

    [Fact(Timeout = 300_000)]
    public async Task A_slowdown_spread_over_commits_below_the_threshold_names_no_commit_and_says_where_it_came_gradually()
    {
        // Five commits add 2 % each: good and bad differ by 10 %, no commit by more than the 5 % threshold.
        using var repository = new CProgramRepository(
            [
                ("prog: the baseline", Program(100)),
                ("prog: 2 % more", Program(102)),
                ("prog: 4 % more", Program(104)),
                ("prog: 6 % more", Program(106)),
                ("prog: 8 % more", Program(108)),
                ("prog: 10 % more", Program(110)),
                ("docs: say what it prints", "/* Prints its cost. */\n" + Program(110)),
            ],
            string.Empty,
            string.Empty,
            metric: "output");
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "run", "--good", repository.Shas[0], "--bad", repository.Shas[^1], "--repo", repository.Path, "--config", repository.ConfigPath, "--no-explain",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 13, $"exit {exitCode}\n{output}\n{error}");
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Combine("report"), "report.json"))).RootElement;
        Assert.Equal("inconclusive", report.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("culprit").ValueKind);
        Assert.Equal(0, report.GetProperty("candidates").GetArrayLength());
        var verification = report.GetProperty("verification");
        Assert.False(verification.GetProperty("confirmed").GetBoolean());
        var ended = verification.GetProperty("sha").GetString()!;
        Assert.Contains(ended, repository.Shas[1..6]);
        Assert.InRange(verification.GetProperty("change").GetProperty("shiftPercent").GetDouble(), 1, 3);
        Assert.Contains($"no single commit could be confirmed: the search's last, {ended[..10]}", output, StringComparison.Ordinal);
        Assert.Contains("so no commit is named", output, StringComparison.Ordinal);
        Assert.DoesNotContain("candidate ", output, StringComparison.Ordinal);
        Assert.Equal(0, report.GetProperty("culprits").GetArrayLength());
        var slope = Assert.Single(report.GetProperty("unexplained").EnumerateArray());
        Assert.Equal(repository.Shas[0], slope.GetProperty("from").GetString());
        Assert.Contains(slope.GetProperty("to").GetString(), repository.Shas[5..]);
        Assert.InRange(slope.GetProperty("shiftPercent").GetDouble(), 9, 11);
        Assert.Contains($"spread over {slope.GetProperty("commits").GetInt32()} commits between {repository.Shas[0][..10]}", output, StringComparison.Ordinal);
    }
}
