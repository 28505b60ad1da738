using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>Time and executed instructions at the endpoints, on real builds of small C programs that make them disagree.</summary>
[Collection(WaitingCollection.Name)]
public sealed class TimeVsInstructionsTests
{
    /// <summary>
    /// Computes <c>loops</c> steps, then sleeps <c>ms</c> milliseconds: the sleep costs time, not instructions. The sleeps
    /// that differ are hundreds of milliseconds apart, so that a busy machine's late wake-ups (tens of milliseconds) cannot
    /// hide the difference.
    /// </summary>
    private static string Program(int sleepMs, string extraWork = "") => $$"""
        #include <stdio.h>
        #include <stdlib.h>
        #include <unistd.h>

        int main(int argc, char **argv)
        {
            long loops = argc > 1 ? atol(argv[1]) : 100000;
            unsigned long s = 0;
            for (long i = 0; i < loops; i++) {
                s = s * 31 + (unsigned long)i;{{extraWork}}
            }
            usleep({{sleepMs * 1000}});
            printf("%lu\n", s);
            return 0;
        }

        """;

    private static JsonElement Report(string reportDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(reportDirectory, "report.json"))).RootElement;

    [Fact(Timeout = 300_000)]
    public async Task Slower_in_time_with_the_same_instructions_is_time_only_said_so_and_measured_over_layouts_unasked()
    {
        using var repository = new CProgramRepository([("prog: compute, then wait", Program(300)), ("prog: wait longer", Program(450))], "100000", "100000");
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "compare", repository.Shas[0], repository.Shas[1], "--repo", repository.Path, "--config", repository.ConfigPath, "--no-explain",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = Report(work.Combine("report"));
        var finding = report.GetProperty("timeVsInstructions");
        Assert.InRange(finding.GetProperty("instructionShiftPercent").GetDouble(), -1, 1);
        if (finding.GetProperty("finding").GetString() == "agree")
        {
            // Only a machine so loaded that late wake-ups swamp 150 ms (the samples could not have shown the +50 %) may
            // leave time unsure of the change, and then time and instructions agree that nothing is shown.
            Assert.True(report.GetProperty("endpoints").GetProperty("detectableShiftPercent").GetDouble() > 20, output);
            return;
        }

        Assert.Equal("time-only", finding.GetProperty("finding").GetString());
        Assert.InRange(finding.GetProperty("timeShiftPercent").GetDouble(), 20, 80);
        Assert.Contains("executes the same work", output, StringComparison.Ordinal);

        // Time and instructions disagree, so the pair was measured over 8 code layouts unasked: a longer wait is the
        // code's wherever the code lands.
        Assert.Contains("since their time and instructions disagree", output, StringComparison.Ordinal);
        var layouts = Assert.Single(report.GetProperty("layouts").EnumerateArray());
        Assert.Equal(8, layouts.GetProperty("count").GetInt32());
        // "both" when, under load, the default builds' few rounds happen to stand apart from the other layouts' (the
        // rank-sum test's 5 %); the code's +50 % holds over the layouts either way.
        Assert.Contains(layouts.GetProperty("finding").GetString(), new[] { "code", "both" });
        Assert.True(layouts.GetProperty("shiftLowPercent").GetDouble() > 10, layouts.ToString());

        // Measured over layouts, compare's verdict is theirs: its headline and report.json's "compared" lead with them.
        var compared = report.GetProperty("compared");
        Assert.Equal("layouts", compared.GetProperty("basis").GetString());
        Assert.Equal(layouts.GetProperty("finding").GetString(), compared.GetProperty("layoutFinding").GetString());
        Assert.Equal("slower", compared.GetProperty("outcome").GetString());
        Assert.Equal(layouts.GetProperty("shiftPercent").GetDouble(), compared.GetProperty("shiftPercent").GetDouble());
        Assert.Contains("from the code over 8 code layouts", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task More_instructions_hidden_in_time_are_said_at_the_endpoints_and_also_instructions_bisects_them()
    {
        // 12 % more work in the loop, under a 40 ms sleep: time cannot see it, callgrind counts it exactly.
        using var repository = new CProgramRepository(
            [
                ("prog: compute, then wait", Program(40)),
                ("prog: document the loop", "/* The loop mixes the counter into s. */\n" + Program(40)),
                ("prog: mix the bits more", Program(40, "\n        s ^= s >> 7;")),
                ("prog: note the mixing", "/* The loop mixes the counter into s, twice. */\n" + Program(40, "\n        s ^= s >> 7;")),
            ],
            "100000",
            "100000");
        using var work = new TempDirectory();
        string[] run = ["run", "--good", repository.Shas[0], "--bad", repository.Shas[3], "--repo", repository.Path, "--config", repository.ConfigPath, "--no-explain", "--no-revert-check", "--work-dir", work.Combine("work")];

        var (exitCode, output, error) = await CliProcess.RunAsync([.. run, "--report-dir", work.Combine("time")]);
        var (alsoExit, alsoOutput, alsoError) = await CliProcess.RunAsync([.. run, "--report-dir", work.Combine("also"), "--also-instructions", "--layouts", "1"]);

        // No regression in time (10), or, when load makes the sleep's wake-up noisy, cannot tell (13): time does not show it either way.
        Assert.True(exitCode is 10 or 13, $"exit {exitCode}\n{output}\n{error}");
        var finding = Report(work.Combine("time")).GetProperty("timeVsInstructions");
        Assert.Equal("instructions-only", finding.GetProperty("finding").GetString());
        Assert.InRange(finding.GetProperty("instructionShiftPercent").GetDouble(), 5, 40);
        Assert.Contains(exitCode == 10 ? "Time shows no slowdown between these builds" : "Time cannot tell whether these builds differ", output, StringComparison.Ordinal);
        Assert.Contains("--metric callgrind", output, StringComparison.Ordinal);
        // Time and instructions disagree, so the endpoints were measured over 8 code layouts unasked (not the second
        // run, which turned that off).
        Assert.Equal(8, Assert.Single(Report(work.Combine("time")).GetProperty("layouts").EnumerateArray()).GetProperty("count").GetInt32());
        Assert.False(Report(work.Combine("also")).TryGetProperty("layouts", out _), "--layouts 1 measured no layouts");
        var searched = Report(work.Combine("time")).GetProperty("work");
        Assert.Equal(repository.Shas[2], searched.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.InRange(searched.GetProperty("changePercent").GetDouble(), 5, 40);
        Assert.Contains($"The work rose at {repository.Shas[2][..10]}", output, StringComparison.Ordinal);
        Assert.True(alsoExit == 0, $"exit {alsoExit}\n{alsoOutput}\n{alsoError}");
        var also = Report(work.Combine("also"));
        Assert.Equal(repository.Shas[2], also.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.Equal("instructions-only", also.GetProperty("timeVsInstructions").GetProperty("finding").GetString());
    }

    [Fact(Timeout = 300_000)]
    public async Task A_time_culprit_with_the_same_instructions_is_followed_by_the_work_search_that_names_where_the_work_rose()
    {
        // The third commit waits longer (time, no instructions); the first added 12 % more work that time cannot see.
        using var repository = new CProgramRepository(
            [
                ("prog: compute, then wait", Program(300)),
                ("prog: mix the bits more", Program(300, "\n        s ^= s >> 7;")),
                ("prog: note the mixing", "/* The loop mixes the counter into s, twice. */\n" + Program(300, "\n        s ^= s >> 7;")),
                ("prog: wait longer", "/* The loop mixes the counter into s, twice. */\n" + Program(450, "\n        s ^= s >> 7;")),
            ],
            "100000",
            "100000");
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "run", "--good", repository.Shas[0], "--bad", repository.Shas[3], "--repo", repository.Path, "--config", repository.ConfigPath, "--no-explain", "--no-revert-check",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        // Time names the commit that waits longer (0); on a machine so loaded that late wake-ups swamp 150 ms, its search
        // may end ambiguous or inconclusive (11, 13). Either way the work search names where the work rose.
        Assert.True(exitCode is 0 or 11 or 13, $"exit {exitCode}\n{output}\n{error}");
        var report = Report(work.Combine("report"));
        var searched = report.GetProperty("work");
        Assert.Equal(repository.Shas[1], searched.GetProperty("culprit").GetProperty("sha").GetString());
        if (exitCode == 0)
        {
            Assert.Equal(repository.Shas[3], report.GetProperty("culprit").GetProperty("sha").GetString());
            Assert.Equal("same-instructions", report.GetProperty("instructions").GetProperty("finding").GetString());
            Assert.Contains("executes the same instructions as its parent", searched.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains($"Where the work rose. The work rose at {repository.Shas[1][..10]}", output, StringComparison.Ordinal);
        Assert.Contains("Where the work rose", File.ReadAllText(Path.Combine(work.Combine("report"), "report.md")), StringComparison.Ordinal);
    }
}
