using System.Globalization;
using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// A step verdict misled on purpose: one commit's first runs print the slow level (as a burst of load would make
/// them), so its step calls it bad and the search ends on it; its re-check against its parent shows no change, and the
/// run repairs the verdict instead of giving up. The programs print their cost with a fixed spread, so the verdicts do
/// not depend on the machine's load.
/// </summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class RepairTests
{
    /// <summary>
    /// Prints <paramref name="level"/> with a spread of 0.1 %; with <paramref name="misledRuns"/>, its first that many
    /// runs (counted in the file <paramref name="counter"/>) print 120 instead.
    /// </summary>
    private static string Program(double level, string? counter = null, int misledRuns = 0)
    {
        var value = level.ToString("0.0", CultureInfo.InvariantCulture);
        return counter is null ? CostPrintingProgram.Source(value) : CostPrintingProgram.Source("level()", $$"""

            static double level(void)
            {
                int runs = 0;
                FILE *in = fopen("{{counter}}", "r");
                if (in != NULL) {
                    if (fscanf(in, "%d", &runs) != 1) {
                        runs = 0;
                    }
                    fclose(in);
                }
                FILE *out = fopen("{{counter}}", "w");
                if (out != NULL) {
                    fprintf(out, "%d\n", runs + 1);
                    fclose(out);
                }
                return runs < {{misledRuns}} ? 120.0 : {{value}};
            }

            """);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_step_verdict_misled_by_its_first_runs_is_repaired_and_the_run_names_the_commit_that_made_it_slower()
    {
        using var work = new TempDirectory();
        var counter = work.Combine("misled-runs");

        // The culprit is the fifth commit (+20 %). The bisection tests the fourth first, whose first 6 runs print the
        // culprit's level: called bad, the search ends on it, and its re-check against the third shows no change.
        using var repository = new CProgramRepository(
            [
                ("prog: the baseline", Program(100)),
                ("prog: name the loop", "/* The loop. */\n" + Program(100)),
                ("prog: name it again", "/* The loop, again. */\n" + Program(100)),
                ("prog: count the runs", Program(100, counter, misledRuns: 6)),
                ("prog: 20 % more", Program(120)),
                ("docs: say what it prints", "/* Prints its cost. */\n" + Program(120)),
                ("docs: and how", "/* Prints its cost, with a spread. */\n" + Program(120)),
                ("docs: and why", "/* Prints its cost, with a spread, to be measured. */\n" + Program(120)),
            ],
            string.Empty,
            string.Empty,
            metric: "output");

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "run", "--good", repository.Shas[0], "--bad", repository.Shas[^1], "--repo", repository.Path, "--config", repository.ConfigPath,
            "--no-explain", "--no-revert-check", "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Combine("report"), "report.json"))).RootElement;
        Assert.Equal(repository.Shas[4], report.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.True(report.GetProperty("verification").GetProperty("confirmed").GetBoolean());
        var steps = report.GetProperty("steps").EnumerateArray().ToArray();
        var misled = steps.First(s => s.GetProperty("sha").GetString() == repository.Shas[3] && s.GetProperty("role").GetString() == "search");
        Assert.Equal("bad", misled.GetProperty("verdict").GetString());
        // The re-check contradicted two verdicts, the misled commit's (bad) and its parent's (good): both are measured
        // again, the less certain first, until one flips; the misled one does.
        var repaired = Assert.Single(steps, s => s.GetProperty("role").GetString() == "repair" && s.GetProperty("sha").GetString() == repository.Shas[3]);
        Assert.Equal("good", repaired.GetProperty("verdict").GetString());
        Assert.All(steps.Where(s => s.GetProperty("role").GetString() == "repair"), s => Assert.Contains(s.GetProperty("sha").GetString(), repository.Shas[2..4]));
        Assert.Contains($"Repaired: measured again in", output, StringComparison.Ordinal);
        Assert.Contains($"{repository.Shas[3][..10]} is good, not bad as its step said", output, StringComparison.Ordinal);
        Assert.True(int.Parse(File.ReadAllText(counter).Trim(), CultureInfo.InvariantCulture) > 6, "the misled commit ran past its misleading runs");
    }
}
