using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// A time run on real builds whose work rose inside a merged branch, hidden from time by a wait: the work search names
/// the merge on the first-parent line, follows it into the branch as the time search would, and names the commit there.
/// </summary>
[Collection(WaitingCollection.Name)]
public sealed class WorkIntoMergeTests
{
    [Fact(Timeout = 300_000)]
    public async Task The_work_search_follows_a_merge_into_its_branch_and_names_the_commit_that_added_the_work()
    {
        using var repository = MergedBranchHistory.Create(sleepMs: 40, "100000", metric: "wall-time");
        using var work = new TempDirectory();
        var (branchStep, merge, lineStep) = (repository.Shas[MergedBranchHistory.BranchStep], repository.Shas[MergedBranchHistory.Merge], repository.Shas[MergedBranchHistory.LineStep]);

        var (exitCode, output, error, report) = await MergedBranchHistory.RunAsync(repository, work, "--layouts", "1");

        // No regression in time (10), or, when load makes the wait's wake-up noisy, cannot tell (13): time does not show the work.
        Assert.True(exitCode is 10 or 13, $"exit {exitCode}\n{output}\n{error}");
        var searched = report.GetProperty("work");
        Assert.Equal(branchStep, searched.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.StartsWith($"Found on the branch that {merge[..10]}", searched.GetProperty("note").GetString(), StringComparison.Ordinal);
        var counted = searched.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("sha").GetString()).ToArray();
        Assert.Contains(merge, counted);
        Assert.Contains(counted, sha => repository.Shas[2..5].Contains(sha!));
        // The map of the same counts names the branch's commit and the main line's, with shares that add up.
        var steps = searched.GetProperty("culprits").EnumerateArray().ToArray();
        Assert.Equal([branchStep, lineStep], steps.Select(s => s.GetProperty("sha").GetString()));
        Assert.InRange(steps.Sum(s => s.GetProperty("sharePercent").GetDouble()), 99, 101);
        Assert.Contains($"The work rose at {branchStep[..10]}", output, StringComparison.Ordinal);
    }
}
