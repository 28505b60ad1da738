using System.Text.Json.Nodes;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// The nightly job's regressions as people are told of them: one per commit however many benchmarks it moved (one
/// bisection), told by the next night when a night is killed before its report, and not told when a later commit
/// undid the rise before any night reported it. Instruction counts, on CPU 0 beside the timed tests' last CPU.
/// </summary>
[Collection(CountingCollection.Name)]
public class NightlyRegressionTests
{
    private const int Base = 200_000;

    private static JsonObject LastNight(NightlyRepository repository)
    {
        var folder = Directory.GetDirectories(Path.Combine(repository.WorkDir, "nightly")).Order().Last();
        return JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "night.json")))!.AsObject();
    }

    private static async Task<(int ExitCode, string Output, JsonObject Night)> NightAsync(NightlyRepository repository, params string[] extra)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(repository.Nightly(["--cpu", "0", .. extra]));
        Assert.True(exitCode is 0 or 12, $"exit {exitCode}\n{output}\n{error}");
        return (exitCode, output, LastNight(repository));
    }

    private static JsonNode[] Steps(JsonObject night, string benchmark) =>
        [.. night["benchmarks"]!.AsArray().Single(b => b!["benchmark"]!.GetValue<string>() == benchmark)!["steps"]!.AsArray()!];

    /// <summary>A flat first night, then six commits of which the third does 30 % more work.</summary>
    private static async Task<string> FlatNightThenARegressionAsync(NightlyRepository repository)
    {
        for (var i = 0; i < 3; i++)
        {
            repository.Commit(Base);
        }

        var (exit, _, _) = await NightAsync(repository);
        Assert.Equal(0, exit);
        repository.Commit(Base);
        repository.Commit(Base);
        var regression = repository.Commit(Base * 13 / 10);
        for (var i = 0; i < 3; i++)
        {
            repository.Commit(Base * 13 / 10);
        }

        return regression;
    }

    private static void AssertOneRegressionOfBoth(JsonObject night, string culprit)
    {
        Assert.Equal(1, night["alerts"]!.GetValue<int>());
        var regression = Assert.Single(night["regressions"]!.AsArray())!;
        Assert.Equal(culprit, regression["culprit"]!.GetValue<string>());
        Assert.Equal(["prog", "prog_x4"], regression["benchmarks"]!.AsArray().Select(b => b!.GetValue<string>()).Order());
        foreach (var benchmark in new[] { "prog", "prog_x4" })
        {
            var step = Assert.Single(Steps(night, benchmark));
            Assert.Equal(("bisected", culprit, true), (step["state"]!.GetValue<string>(), step["culprit"]!.GetValue<string>(), step["alert"]!.GetValue<bool>()));
        }
    }

    [Fact]
    public async Task Two_benchmarks_that_step_at_one_commit_cost_one_bisection_and_are_one_alert_naming_both()
    {
        using var repository = new NightlyRepository("callgrind", alsoScaled: true);
        var regression = await FlatNightThenARegressionAsync(repository);

        var (exit, output, night) = await NightAsync(repository, "--max-commits", "3");

        Assert.True(exit == 12, output);
        AssertOneRegressionOfBoth(night, regression);
        Assert.Equal((1, 1), (night["bisections"]!.GetValue<int>(), night["checks"]!.GetValue<int>()));
        Assert.Single(output.Split('\n'), l => l.Contains("): bisecting", StringComparison.Ordinal));
        Assert.Contains("1 new regression (", output, StringComparison.Ordinal);
        Assert.Contains("Regression in 2 benchmarks: prog", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_night_killed_after_its_bisection_before_its_report_has_the_next_night_alert_the_regression_once()
    {
        using var repository = new NightlyRepository("callgrind", alsoScaled: true);
        var regression = await FlatNightThenARegressionAsync(repository);

        // Killed (SIGKILL) once the bisection is recorded, while the other benchmark's check runs: no night report.
        using (var killed = CliProcess.Start(repository.Nightly("--cpu", "0", "--max-commits", "3")))
        {
            using var timeout = new CancellationTokenSource(CliProcess.Timeout);
            var seen = new List<string>();
            while (await killed.StandardOutput.ReadLineAsync(timeout.Token) is { } line && !line.Contains("already named, against its parent", StringComparison.Ordinal))
            {
                seen.Add(line);
            }

            Assert.False(killed.HasExited, $"the night ended before it was killed\n{string.Join('\n', seen)}");
            killed.Kill();
            await CliProcess.WaitAsync(killed);
        }

        Assert.Single(Directory.GetDirectories(Path.Combine(repository.WorkDir, "nightly")), d => File.Exists(Path.Combine(d, "night.json")));

        // The next night tells the regression the killed night found, with both benchmarks, without bisecting again.
        var (exit, output, night) = await NightAsync(repository);
        Assert.True(exit == 12, output);
        AssertOneRegressionOfBoth(night, regression);
        Assert.Equal(0, night["bisections"]!.GetValue<int>());

        // And the night after tells nobody again.
        (exit, _, night) = await NightAsync(repository);
        Assert.Equal(0, exit);
        Assert.Equal(0, night["alerts"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_rise_undone_by_a_later_commit_before_a_night_saw_it_is_reported_fixed_by_that_commit_and_not_alerted()
    {
        using var repository = new NightlyRepository("callgrind");
        for (var i = 0; i < 3; i++)
        {
            repository.Commit(Base);
        }

        var (exit, _, _) = await NightAsync(repository);
        Assert.Equal(0, exit);
        repository.Commit(Base);
        var rise = repository.Commit(Base * 13 / 10);
        repository.Commit(Base * 13 / 10);
        repository.Commit(Base * 13 / 10);
        var fix = repository.Commit(Base);
        repository.Commit(Base);
        repository.Commit(Base);

        (exit, var output, var night) = await NightAsync(repository);

        Assert.True(exit == 0, output);
        Assert.Equal(0, night["alerts"]!.GetValue<int>());
        Assert.Equal(0, night["bisections"]!.GetValue<int>());
        var steps = Steps(night, "prog");
        Assert.Equal(2, steps.Length);
        var (risen, faster) = (steps[0], steps[1]);
        Assert.Equal(("fixed", rise, fix, false), (risen["state"]!.GetValue<string>(), risen["culprit"]!.GetValue<string>(), risen["fixedBy"]!.GetValue<string>(), risen["alert"]!.GetValue<bool>()));
        Assert.Equal(faster["id"]!.GetValue<long>(), risen["fixedByStep"]!.GetValue<long>());
        Assert.Contains($"fixed by {fix[..10]}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("REGRESSION", output, StringComparison.Ordinal);
    }
}
