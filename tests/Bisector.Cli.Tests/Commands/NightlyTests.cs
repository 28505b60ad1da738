using System.Text.Json.Nodes;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// The nightly job on a real repository that grows between nights: steps found, regressions bisected to the right
/// commit and alerted once (exit 12 that night only), improvements reported and never alerted, a flat history quiet.
/// </summary>
[Collection(BenchmarkingCollection.Name)]
public class NightlyTests
{
    private const int Base = 200_000;

    private static async Task<(int ExitCode, string Output, JsonObject Night)> NightAsync(NightlyRepository repository, params string[] extra)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(repository.Nightly(extra));
        Assert.True(exitCode is 0 or 12, $"exit {exitCode}\n{output}\n{error}");
        var folder = Directory.GetDirectories(Path.Combine(repository.WorkDir, "nightly")).Order().Last();
        return (exitCode, output, JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "night.json")))!.AsObject());
    }

    private static JsonArray Steps(JsonObject night) => night["benchmarks"]![0]!["steps"]!.AsArray();

    private static IEnumerable<JsonNode> FoundTonight(JsonObject night) => Steps(night).Where(s => s!["foundTonight"]!.GetValue<bool>())!;

    [Fact]
    public async Task Two_regressions_and_an_improvement_over_five_nights_are_found_bisected_and_alerted_once()
    {
        using var repository = new NightlyRepository("callgrind");

        // Night 1: a flat start.
        for (var i = 0; i < 3; i++)
        {
            repository.Commit(Base);
        }

        var (exit, _, night) = await NightAsync(repository);
        Assert.Equal(0, exit);
        Assert.Empty(Steps(night));

        // Night 2: six commits arrive, the third of them 30 % more work; only three are measured tonight, so the step
        // lies between measured commits several commits apart and is bisected to its commit.
        repository.Commit(Base);
        repository.Commit(Base);
        var firstRegression = repository.Commit(Base * 13 / 10);
        for (var i = 0; i < 3; i++)
        {
            repository.Commit(Base * 13 / 10);
        }

        (exit, var output, night) = await NightAsync(repository, "--max-commits", "3");
        Assert.Equal(12, exit);
        var alert = Assert.Single(FoundTonight(night));
        Assert.Equal(("bisected", firstRegression, true), (alert!["state"]!.GetValue<string>(), alert["culprit"]!.GetValue<string>(), alert["alert"]!.GetValue<bool>()));
        Assert.True(alert["changePercent"]!.GetValue<double>() > 10, output);
        Assert.True(File.Exists(Path.Combine(alert["report"]!.GetValue<string>(), "report.json")));
        Assert.Contains("REGRESSION", output, StringComparison.Ordinal);

        // Night 3: an improvement arrives; the gaps of night 2 are filled. The regression is not alerted again.
        repository.Commit(Base * 13 / 10);
        var improvement = repository.Commit(Base);
        repository.Commit(Base);
        (exit, _, night) = await NightAsync(repository);
        Assert.Equal(0, exit);
        var faster = Assert.Single(FoundTonight(night));
        Assert.Equal("improvement", faster!["state"]!.GetValue<string>());
        Assert.Equal(improvement, faster["after"]!.GetValue<string>());
        Assert.Equal(0, night["alerts"]!.GetValue<int>());

        // Night 4: the second regression.
        repository.Commit(Base);
        var secondRegression = repository.Commit(Base * 5 / 4);
        repository.Commit(Base * 5 / 4);
        (exit, _, night) = await NightAsync(repository);
        Assert.Equal(12, exit);
        var second = Assert.Single(FoundTonight(night));
        Assert.Equal(secondRegression, second!["culprit"]!.GetValue<string>());

        // Night 5: nothing new; everything found stays known, nothing is alerted or measured again.
        (exit, _, night) = await NightAsync(repository);
        Assert.Equal(0, exit);
        Assert.Empty(FoundTonight(night));
        Assert.Equal(0, night["benchmarks"]![0]!["samplesTaken"]!.GetValue<int>());
        Assert.Equal(["bisected", "improvement", "bisected"], Steps(night).Select(s => s!["state"]!.GetValue<string>()));

        // history prints the same steps and writes the chart.
        var (code, text, error) = await CliProcess.RunAsync("history", "--repo", repository.Path, "--work-dir", repository.WorkDir);
        Assert.True(code == 0, error);
        Assert.Contains($"culprit {firstRegression[..10]}", text, StringComparison.Ordinal);
        Assert.Contains($"culprit {secondRegression[..10]}", text, StringComparison.Ordinal);
        Assert.Contains("<img src=\"data:image/png;base64,", File.ReadAllText(Path.Combine(repository.WorkDir, "history.html")), StringComparison.Ordinal);

        // A person acknowledges the first regression: the database keeps it, the next night says so and alerts nothing.
        var firstId = Steps(night)[0]!["id"]!.GetValue<long>();
        (code, text, error) = await CliProcess.RunAsync("history", "--repo", repository.Path, "--work-dir", repository.WorkDir, "--acknowledge", firstId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 0, error);
        Assert.Contains($"Acknowledged step #{firstId}", text, StringComparison.Ordinal);
        (exit, _, night) = await NightAsync(repository);
        Assert.Equal(0, exit);
        Assert.Equal(["acknowledged", "improvement", "bisected"], Steps(night).Select(s => s!["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_flat_history_measured_in_wall_time_raises_nothing_and_a_commit_that_does_not_build_is_tried_once()
    {
        using var repository = new NightlyRepository("wall-time");
        for (var i = 0; i < 6; i++)
        {
            repository.Commit(Base * 20);
        }

        var (exit, _, night) = await NightAsync(repository);
        Assert.Equal(0, exit);
        repository.Commit(Base * 20);
        var broken = repository.CommitBroken();
        for (var i = 0; i < 3; i++)
        {
            repository.Commit(Base * 20);
        }

        (exit, var output, night) = await NightAsync(repository);

        // Load on this machine can make one night look slower than the other; such a step is measured again back to
        // back before anyone is told, and does not hold.
        Assert.Equal(0, exit);
        Assert.Equal(0, night["alerts"]!.GetValue<int>());
        Assert.All(Steps(night), s => Assert.NotEqual("bisected", s!["state"]!.GetValue<string>()));
        Assert.Equal(10, night["benchmarks"]![0]!["history"]!.AsArray().Count);
        Assert.Equal([broken[..10]], night["benchmarks"]![0]!["unbuildable"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("no new regression", output, StringComparison.Ordinal);

        // The next night does not try the broken commit again.
        (exit, _, night) = await NightAsync(repository);
        Assert.Equal(0, exit);
        Assert.Empty(night["benchmarks"]![0]!["measured"]!.AsArray());
        Assert.Empty(night["benchmarks"]![0]!["unbuildable"]!.AsArray());
    }
}
