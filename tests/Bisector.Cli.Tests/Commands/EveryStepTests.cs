using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// Every step of a range on real builds of a small C program counted by callgrind: the steps planted are the steps
/// named, with their directions, what remains at the tip, what undid what, and shares that add up to the endpoints'
/// change.
/// </summary>
[Collection(CountingCollection.Name)]
public sealed class EveryStepTests
{
    /// <summary>Runs its loop <c>loops * (100 + extra) / 100</c> times: each commit's work is planted by <paramref name="extra"/>.</summary>
    private static string Program(int extra) => $$"""
        #include <stdio.h>
        #include <stdlib.h>

        int main(int argc, char **argv)
        {
            long loops = argc > 1 ? atol(argv[1]) : 100000;
            long n = loops * (100 + {{extra}}) / 100;
            unsigned long s = 0;
            for (long i = 0; i < n; i++) {
                s = s * 31 + (unsigned long)i;
            }
            printf("%lu\n", s);
            return 0;
        }

        """;

    /// <summary>One commit per planted level; a level equal to the one before is a commit that changes only a comment.</summary>
    private static CProgramRepository History(params int[] levels) => new(
        [.. levels.Select((extra, i) => (
            i == 0 ? "prog: the baseline" : extra == levels[i - 1] ? $"docs: note {i}" : $"prog: {extra} % more loops",
            $"/* revision {i} */\n" + Program(extra)))],
        "200000",
        "20000",
        metric: "callgrind");

    private static async Task<JsonElement> RunAsync(CProgramRepository repository, TempDirectory work) => (await RunWithAsync(repository, work, "--no-explain")).Report;

    /// <summary>The run with <paramref name="options"/>: its report.json and what it printed.</summary>
    private static async Task<(JsonElement Report, string Output)> RunWithAsync(CProgramRepository repository, TempDirectory work, params string[] options)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(
            ["run", "--good", repository.Shas[0], "--bad", repository.Shas[^1], "--repo", repository.Path, "--config", repository.ConfigPath, .. options, "--no-revert-check",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report")]);
        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        return (JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Combine("report"), "report.json"))).RootElement, output);
    }

    private static (string Sha, string Direction, bool Remains, string? UndoneBy)[] Steps(JsonElement report) =>
        [.. report.GetProperty("culprits").EnumerateArray().Select(c => (
            c.GetProperty("sha").GetString()!,
            c.GetProperty("direction").GetString()!,
            c.GetProperty("remains").GetBoolean(),
            c.GetProperty("undoneBy").GetString()))];

    private static double RemainingShares(JsonElement report) =>
        report.GetProperty("culprits").EnumerateArray().Where(c => c.GetProperty("remains").GetBoolean()).Sum(c => c.GetProperty("sharePercent").GetDouble());

    [Fact(Timeout = 300_000)]
    public async Task Two_regressions_of_different_sizes_are_both_named_with_shares_that_add_up()
    {
        using var repository = History(0, 0, 10, 10, 10, 30, 30, 30);
        using var work = new TempDirectory();

        var report = await RunAsync(repository, work);

        Assert.Equal([(repository.Shas[2], "slower", true, null), (repository.Shas[5], "slower", true, null)], Steps(report));
        Assert.InRange(RemainingShares(report), 99, 101);
        var shares = report.GetProperty("culprits").EnumerateArray().Select(c => c.GetProperty("sharePercent").GetDouble()).ToArray();
        Assert.True(shares[0] < shares[1], $"the +10 % step's share {shares[0]} is not below the +18 % step's {shares[1]}");
        Assert.Equal(repository.Shas[5], report.GetProperty("culprit").GetProperty("sha").GetString());
    }

    [Fact(Timeout = 600_000)]
    public async Task Each_step_that_remains_is_explained_against_its_parent_in_its_own_folder_which_the_report_links()
    {
        using var repository = History(0, 0, 10, 10, 10, 30, 30, 30);
        using var work = new TempDirectory();

        var (report, output) = await RunWithAsync(repository, work);

        Assert.Equal(repository.Shas[5], report.GetProperty("culprit").GetProperty("sha").GetString());
        var markdown = File.ReadAllText(work.Combine("report", "report.md"));
        var links = report.GetProperty("culprits").EnumerateArray().Select(c => c.GetProperty("explanation").GetString()).ToArray();
        foreach (var (step, parent, link) in new[] { (repository.Shas[2], repository.Shas[1], links[0]), (repository.Shas[5], repository.Shas[4], links[1]) })
        {
            var folder = $"steps/{step[..10]}";
            Assert.Equal($"{folder}/report.md", link);
            Assert.Contains($"[{folder}/]({folder}/report.md)", markdown, StringComparison.Ordinal);
            var explained = JsonDocument.Parse(File.ReadAllText(work.Combine("report", folder, "report.json"))).RootElement;
            Assert.Equal(step, explained.GetProperty("bad").GetProperty("sha").GetString());
            Assert.Equal(parent, explained.GetProperty("good").GetProperty("sha").GetString());
            Assert.Contains($"Profiled: {step[..10]} against {parent[..10]}", File.ReadAllText(work.Combine("report", folder, "report.md")), StringComparison.Ordinal);
            Assert.True(File.Exists(work.Combine("report", folder, "report.html")));

            // Callgrind's counts are exact: each step's main runs its loop more times than its parent's.
            var main = explained.GetProperty("profile").GetProperty("symbols").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "main");
            Assert.True(main.GetProperty("culpritInstructions").GetDouble() > main.GetProperty("parentInstructions").GetDouble(), main.ToString());
        }

        // The culprit was profiled once, by the run; the other step once, after it.
        Assert.Contains("== Explaining the other step of the range that remains at", output, StringComparison.Ordinal);
        Assert.Contains($": explained against {repository.Shas[1][..10]} in steps/{repository.Shas[2][..10]}/", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("== Profiling ").Length - 1);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_regression_and_a_smaller_improvement_are_both_named_and_both_remain()
    {
        using var repository = History(0, 0, 40, 40, 40, 30, 30, 30);
        using var work = new TempDirectory();

        var report = await RunAsync(repository, work);

        Assert.Equal([(repository.Shas[2], "slower", true, null), (repository.Shas[5], "faster", true, null)], Steps(report));
        Assert.InRange(RemainingShares(report), 99, 101);
        Assert.Equal(repository.Shas[2], report.GetProperty("culprit").GetProperty("sha").GetString());
    }

    [Fact(Timeout = 300_000)]
    public async Task A_rise_undone_later_is_paired_with_its_undoing_and_the_culprit_is_the_step_that_remains()
    {
        using var repository = History(0, 0, 20, 20, 0, 0, 10, 10);
        using var work = new TempDirectory();

        var report = await RunAsync(repository, work);

        Assert.Equal(
            [(repository.Shas[2], "slower", false, repository.Shas[4]), (repository.Shas[4], "faster", false, null), (repository.Shas[6], "slower", true, null)],
            Steps(report));
        Assert.InRange(RemainingShares(report), 99, 101);
        Assert.Equal(repository.Shas[6], report.GetProperty("culprit").GetProperty("sha").GetString());
    }
}
