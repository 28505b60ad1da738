using System.Text.Json;
using Bisector.Testing;
using LibGit2Sharp;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// The built-in sample compared over code layouts on real builds and real timed runs: a commit that changes only where
/// the eval loop lands is never a code change, and placement wherever its default builds surely differ; the culprit
/// stays code.
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
    public async Task Identical_code_moved_is_never_code_and_is_placement_where_its_default_builds_differ_while_the_culprit_stays_code()
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
        // Under load the layouts can be sure of a few percent between these two programs (main.c differs, and the
        // effect's period is 32 bytes here): "code" is possible then, but never more than the default builds showed.
        var change = moved.GetProperty("change");
        var (shift, low, high) = (layouts.GetProperty("shiftPercent").GetDouble(), layouts.GetProperty("shiftLowPercent").GetDouble(), layouts.GetProperty("shiftHighPercent").GetDouble());
        var defaults = layouts.GetProperty("defaultShiftPercent").GetDouble();
        Assert.True(Math.Abs(shift) <= Math.Max(Math.Abs(defaults), 5), layouts.ToString());
        // Where the layouts hold zero and the default builds surely moved by the threshold away from them, that is placement.
        if (low <= 0 && high >= 0 && Math.Abs(defaults) >= 5 && Math.Abs(defaults - shift) >= 5 && (defaults < low || defaults > high)
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
