using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// Every step of a range whose work rose inside a merged branch and again on the main line, on real builds counted by
/// callgrind: the map names the branch's commit, not the merge, beside the main line's, with shares that add up.
/// </summary>
[Collection(CountingCollection.Name)]
public sealed class MergedBranchStepTests
{
    [Fact(Timeout = 300_000)]
    public async Task A_step_inside_a_merged_branch_is_named_by_its_own_commit_beside_the_main_lines()
    {
        using var repository = MergedBranchHistory.Create(sleepMs: 0, "200000", metric: "callgrind");
        using var work = new TempDirectory();
        var (branchStep, merge, lineStep) = (repository.Shas[MergedBranchHistory.BranchStep], repository.Shas[MergedBranchHistory.Merge], repository.Shas[MergedBranchHistory.LineStep]);

        var (exitCode, output, error, report) = await MergedBranchHistory.RunAsync(repository, work);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var culprits = report.GetProperty("culprits").EnumerateArray().ToArray();
        Assert.Equal(
            [(branchStep, "work.h: 30 % more loops", "slower", true), (lineStep, "prog: 20 % more loops", "slower", true)],
            culprits.Select(c => (c.GetProperty("sha").GetString(), c.GetProperty("subject").GetString(), c.GetProperty("direction").GetString(), c.GetProperty("remains").GetBoolean())));
        Assert.InRange(culprits.Sum(c => c.GetProperty("sharePercent").GetDouble()), 99, 101);
        Assert.True(culprits[0].GetProperty("sharePercent").GetDouble() > culprits[1].GetProperty("sharePercent").GetDouble(), report.GetProperty("culprits").ToString());
        // The branch's +30 % is the larger step: the culprit, named by its own commit (the time search descends too).
        Assert.Equal(branchStep, report.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.Contains(
            report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()),
            note => note!.StartsWith($"The step at the merge {merge[..10]}", StringComparison.Ordinal) && note.Contains(branchStep[..10], StringComparison.Ordinal));
        Assert.Contains(branchStep[..10], File.ReadAllText(Path.Combine(work.Combine("report"), "report.md")), StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task On_a_time_the_map_around_a_culprit_on_a_merged_branch_names_the_main_lines_step_too()
    {
        // The program prints its cost (loops with a 0.1 % spread): the time search descends into the merge and names the
        // branch's +30 %, which leaves the main line's +20 % unexplained; the map runs around the merge on the main line.
        using var repository = MergedBranchHistory.Create(sleepMs: 0, string.Empty, metric: "output");
        using var work = new TempDirectory();
        var (branchStep, merge, lineStep) = (repository.Shas[MergedBranchHistory.BranchStep], repository.Shas[MergedBranchHistory.Merge], repository.Shas[MergedBranchHistory.LineStep]);

        var (exitCode, output, error, report) = await MergedBranchHistory.RunAsync(repository, work, "--layouts", "1");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        Assert.Equal(branchStep, report.GetProperty("culprit").GetProperty("sha").GetString());
        var culprits = report.GetProperty("culprits").EnumerateArray().ToArray();
        Assert.Equal([branchStep, lineStep], culprits.Select(c => c.GetProperty("sha").GetString()));
        Assert.InRange(culprits.Sum(c => c.GetProperty("sharePercent").GetDouble()), 95, 105);
        Assert.Contains(
            report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()),
            note => note!.StartsWith($"The step at the merge {merge[..10]}", StringComparison.Ordinal) && note.Contains(branchStep[..10], StringComparison.Ordinal));
    }

    [Fact(Timeout = 300_000)]
    public async Task On_a_time_a_branch_that_moved_in_two_steps_names_both_beside_the_main_lines()
    {
        // The branch adds 30 % more loops and then 15 % more, the main line 20 % after the merge: the time search names one
        // commit of the branch, and the map names the branch's other step as well as the main line's.
        using var repository = MergedBranchHistory.Create(sleepMs: 0, string.Empty, metric: "output", secondBranchStep: true);
        using var work = new TempDirectory();
        var (first, second, lineStep) = (repository.Shas[MergedBranchHistory.BranchStep], repository.Shas[MergedBranchHistory.SecondBranchStep], repository.Shas[MergedBranchHistory.LineStep]);

        var (exitCode, output, error, report) = await MergedBranchHistory.RunAsync(repository, work, "--layouts", "1");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var culprits = report.GetProperty("culprits").EnumerateArray().ToArray();
        Assert.Equal(
            [(first, "work.h: 30 % more loops"), (second, "work.h: 15 % more loops"), (lineStep, "prog: 20 % more loops")],
            culprits.Select(c => (c.GetProperty("sha").GetString(), c.GetProperty("subject").GetString())));
        Assert.All(culprits, c => Assert.Equal("slower", c.GetProperty("direction").GetString()));
        Assert.InRange(culprits.Sum(c => c.GetProperty("sharePercent").GetDouble()), 95, 105);
        Assert.Equal(first, report.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.Contains("Mapping the branch", output, StringComparison.Ordinal);
    }
}
