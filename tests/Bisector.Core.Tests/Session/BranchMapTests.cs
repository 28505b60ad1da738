using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Simulation;

namespace Bisector.Core.Tests.Session;

/// <summary>
/// A time run whose largest step came in with a merge: the search descends into the branch, and the map runs around
/// the branch's commit on the branch as it runs around the merge on the main line (<see cref="MergeGraph"/>: the branch
/// c10..c17 forked from c1, merged at c20).
/// </summary>
public sealed class BranchMapTests
{
    /// <summary>+30 % at c12 and +15 % at c15 on the branch, brought in by the merge c20; +20 % at c22 on the main line.</summary>
    private static double Level(int index) =>
        100 * (index is >= 12 and < 20 or >= 20 ? 1.3 : 1) * (index is >= 15 and < 20 or >= 20 ? 1.15 : 1) * (index >= 22 ? 1.2 : 1);

    /// <summary>Notes when the branch's map begins, for a benchmark that stops running from then on.</summary>
    private sealed class BranchMapWatch : ISessionObserver
    {
        public bool Mapping { get; private set; }

        public void Phase(SessionPhase phase) => Mapping |= phase is MappingTimeBranch;

        public void Testing(CommitInfo commit, int step, int stepsLeft, int candidatesLeft)
        {
        }

        public void Built(CommitInfo commit, BuildOutcome outcome)
        {
        }

        public void Measured(CommitInfo commit, int samples, double lastValue)
        {
        }

        public void Decided(StepRecord step)
        {
        }

        public void Found(Finding finding)
        {
        }
    }

    private static Task<BisectResult> RunAsync(BranchMapWatch watch, int? failsOnceMapping = null) =>
        new BisectSession(
                new MergeGraph(), new SyntheticBuilder(new HashSet<string>()),
                new SyntheticRunner(
                    (sha, random) => SyntheticGraph.Index(sha) == failsOnceMapping && watch.Mapping
                        ? double.NaN
                        : Level(SyntheticGraph.Index(sha)) * (1 + (0.005 * Gaussian.Next(random))),
                    seed: 3),
                new InMemoryJournal(), new VerdictEngine(StatisticsOptions.Default), watch)
            .RunAsync(new BisectRequest("c0", "c23", "synthetic", "wall-time", "ms"), CancellationToken.None);

    [Fact]
    public async Task Both_steps_of_the_merged_branch_and_the_main_lines_are_named()
    {
        var watch = new BranchMapWatch();

        var result = await RunAsync(watch);

        Assert.True(watch.Mapping, "the branch was mapped");
        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        var map = Assert.IsType<Bisector.Core.Mapping.RangeMap>(result.Map);
        Assert.Equal([12, 15, 22], map.Steps.Select(s => SyntheticGraph.Index(s.Commit.Sha)).Order());
        Assert.InRange(map.Map.Remaining.Sum(s => s.SharePercent), 90, 110);
    }

    [Fact]
    public async Task A_branch_tip_that_stops_running_leaves_the_branch_commit_the_search_named_its_step_and_the_rest_unexplained()
    {
        // The search measured the branch's tip c17; once the branch is mapped, it crashes when run.
        var watch = new BranchMapWatch();

        var result = await RunAsync(watch, failsOnceMapping: 17);

        Assert.True(watch.Mapping, "the branch's map began");
        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        var map = Assert.IsType<Bisector.Core.Mapping.RangeMap>(result.Map);
        var steps = map.Steps.ToDictionary(s => SyntheticGraph.Index(s.Commit.Sha), s => s.Step.Shift.Percent);
        Assert.Equal(2, steps.Count);
        var branch = Assert.Single(steps.Keys, index => index is 12 or 15);
        Assert.Equal(branch, SyntheticGraph.Index(result.Culprit!.Sha));
        // The commit keeps its own step against its parent; the branch's other step is left unexplained, not named.
        Assert.InRange(steps[branch], branch == 12 ? 27 : 12, branch == 12 ? 33 : 18);
        Assert.InRange(steps[22], 17, 23);
        Assert.InRange(map.Map.UnexplainedPercent, branch == 12 ? 11 : 27, branch == 12 ? 19 : 33);
    }
}
