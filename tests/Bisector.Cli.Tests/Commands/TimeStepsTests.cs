using System.Globalization;
using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// Every step of a range on a metric that varies, mapped in paired rounds where the search's one commit does not
/// explain the endpoints' change. Real builds of a C program that prints its own cost with a spread of 0.1 % (the
/// "output" metric: noisy as a time is, but not with the machine's load), threshold 5 %.
/// </summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class TimeStepsTests
{
    /// <summary>One commit per planted level; a level equal to the one before is a commit that changes only a comment.</summary>
    private static CProgramRepository History(params double[] levels) => new(
        [.. levels.Select((level, i) => (
            i == 0 ? "prog: the baseline" : level == levels[i - 1] ? $"docs: note {i}" : $"prog: cost {level.ToString("0.0", CultureInfo.InvariantCulture)}",
            $"/* revision {i} */\n" + CostPrintingProgram.Source(level.ToString("0.0", CultureInfo.InvariantCulture))))],
        string.Empty,
        string.Empty,
        metric: "output");

    private static async Task<(int ExitCode, string Output, JsonElement Report)> RunAsync(CProgramRepository repository, TempDirectory work)
    {
        // The printed cost moves while the instructions do not, which would measure the endpoints and the culprit over 8
        // code layouts as well (the layout tests cover that); one layout keeps this to the map.
        var (exitCode, output, error) = await CliProcess.RunAsync(
            "run", "--good", repository.Shas[0], "--bad", repository.Shas[^1], "--repo", repository.Path, "--config", repository.ConfigPath, "--no-explain", "--no-revert-check",
            "--layouts", "1", "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));
        var reportPath = Path.Combine(work.Combine("report"), "report.json");
        Assert.True(File.Exists(reportPath), $"exit {exitCode}\n{output}\n{error}");
        return (exitCode, output + error, JsonDocument.Parse(File.ReadAllText(reportPath)).RootElement);
    }

    private static (string Sha, string Direction, bool Remains)[] Steps(JsonElement report) =>
        [.. report.GetProperty("culprits").EnumerateArray().Select(c => (c.GetProperty("sha").GetString()!, c.GetProperty("direction").GetString()!, c.GetProperty("remains").GetBoolean()))];

    private static double[] Shares(JsonElement report) =>
        [.. report.GetProperty("culprits").EnumerateArray().Select(c => c.GetProperty("sharePercent").GetDouble())];

    [Fact(Timeout = 300_000)]
    public async Task Two_regressions_of_different_sizes_are_both_named_with_shares_that_add_up()
    {
        // +12 % at commit 2, +8 % at commit 5: the endpoints differ by 21 %, and either step alone leaves more than the threshold.
        using var repository = History(100, 100, 112, 112, 112, 121, 121);
        using var work = new TempDirectory();

        var (exitCode, output, report) = await RunAsync(repository, work);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}");
        Assert.Equal([(repository.Shas[2], "slower", true), (repository.Shas[5], "slower", true)], Steps(report));
        Assert.InRange(Shares(report).Sum(), 97, 103);
        Assert.True(Shares(report)[0] > Shares(report)[1], $"the +12 % step's share is not above the +8 % step's: {string.Join(", ", Shares(report))}");
        Assert.Equal(repository.Shas[2], report.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.Contains("2 commits explain", output, StringComparison.Ordinal);
        Assert.Contains("Mapping the rest of the range by output", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_regression_and_a_smaller_improvement_are_both_named_and_both_remain()
    {
        // +20 % at commit 2, -8 % at commit 5: the endpoints differ by +10.4 %, so the rise alone leaves -8 % unexplained.
        using var repository = History(100, 100, 120, 120, 120, 110.4, 110.4);
        using var work = new TempDirectory();

        var (exitCode, output, report) = await RunAsync(repository, work);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}");
        Assert.Equal([(repository.Shas[2], "slower", true), (repository.Shas[5], "faster", true)], Steps(report));
        Assert.InRange(Shares(report).Sum(), 97, 103);
        Assert.True(Shares(report)[1] < 0, $"the improvement's share is not negative: {Shares(report)[1]}");
        Assert.Equal(repository.Shas[2], report.GetProperty("culprit").GetProperty("sha").GetString());
    }

    [Fact(Timeout = 300_000)]
    public async Task One_step_that_explains_the_change_is_named_alone_and_the_rest_is_not_mapped()
    {
        using var repository = History(100, 100, 100, 115, 115, 115);
        using var work = new TempDirectory();

        var (exitCode, output, report) = await RunAsync(repository, work);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}");
        Assert.Equal([(repository.Shas[3], "slower", true)], Steps(report));
        Assert.DoesNotContain("Mapping", output, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("probes").ValueKind);
    }
}
