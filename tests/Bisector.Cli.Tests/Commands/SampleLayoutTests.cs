using System.Text.Json;
using Bisector.Testing;
using LibGit2Sharp;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// The built-in sample compared over code layouts on real builds and real timed runs: a commit that changes only where
/// the eval loop lands is a code change only where the layouts put it wholly beyond the threshold, and placement wherever
/// its default builds surely differ; the culprit stays code.
/// </summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class SampleLayoutTests(SampleRepositoryFixture sample)
{
    private static async Task<JsonElement> CompareOverLayoutsAsync(string baseline, string candidate, string repository, TempDirectory work)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(
            "compare", baseline, candidate, "--repo", repository, "--config", CliProcess.SampleConfig, "--layouts", "8", "--no-explain",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine(candidate[..10]));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Combine(candidate[..10]), "report.json"))).RootElement.Clone();
    }

    [Fact(Timeout = 600_000)]
    public async Task Identical_code_moved_is_code_only_beyond_the_threshold_and_placement_where_its_default_builds_differ_while_the_culprit_stays_code()
    {
        using var work = new TempDirectory();
        // "main: define MAX_LOOPS (fixes the build)", after a commit that does not build: main.c grows, and eval_code
        // lands 16 bytes later with the same instructions.
        string fix, before;
        using (var repository = new Repository(sample.Path))
        {
            var commit = repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = "main", FirstParentOnly = true })
                .Single(c => c.MessageShort == "main: define MAX_LOOPS (fixes the build)");
            (fix, before) = (commit.Sha, commit.Parents.Single().Parents.Single().Sha);
        }

        var moved = await CompareOverLayoutsAsync(before, fix, sample.Path, work);
        var culprit = await CompareOverLayoutsAsync(sample.CulpritSha + "~1", sample.CulpritSha, sample.Path, work);

        var layouts = Assert.Single(moved.GetProperty("layouts").EnumerateArray());
        Assert.Equal(8, layouts.GetProperty("count").GetInt32());
        Assert.InRange(moved.GetProperty("timeVsInstructions").GetProperty("instructionShiftPercent").GetDouble(), -0.05, 0.05);
        // With the instructions counted the same, a shift over the layouts is the code's only where its whole interval lies
        // beyond the threshold. A loaded machine can make this pair sure of a few percent (-6.4 %, 95 % -14.7 % to -0.2 %),
        // never of 5 % in 15 loaded comparisons (the interval's near end came no closer to -5 % than -1.4 %): what the
        // layouts did not average out would be called so.
        var change = moved.GetProperty("change");
        var (low, high) = (layouts.GetProperty("shiftLowPercent").GetDouble(), layouts.GetProperty("shiftHighPercent").GetDouble());
        var defaults = layouts.GetProperty("defaultShiftPercent").GetDouble();
        Assert.Contains(layouts.GetProperty("finding").GetString(), low >= 5 || high <= -5 ? new[] { "code", "both" } : new[] { "placement", "same" });
        // Where the default builds surely moved by the threshold, outside the layouts' interval and the threshold away from
        // their estimate, that is placement.
        if (Math.Abs(defaults) >= 5 && Math.Abs(defaults - layouts.GetProperty("shiftPercent").GetDouble()) >= 5 && (defaults < low || defaults > high)
            && (change.GetProperty("shiftLowPercent").GetDouble() > 0 || change.GetProperty("shiftHighPercent").GetDouble() < 0))
        {
            Assert.Equal("placement", layouts.GetProperty("finding").GetString());
        }

        var code = Assert.Single(culprit.GetProperty("layouts").EnumerateArray());
        // "both" when the default builds' rounds happen to stand apart from the other layouts': the code holds either way.
        Assert.Contains(code.GetProperty("finding").GetString(), new[] { "code", "both" });
        Assert.Equal("slower", culprit.GetProperty("compared").GetProperty("outcome").GetString());
        Assert.True(code.GetProperty("shiftLowPercent").GetDouble() > 40, code.ToString());
    }
}
