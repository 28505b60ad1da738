using Bisector.Core.Findings;
using Bisector.Core.Mapping;
using Bisector.Core.Measurement;
using Bisector.Core.Search.Map;
using Bisector.Core.Tests.Session;
using Bisector.Simulation;

namespace Bisector.Core.Tests.Mapping;

/// <summary>The step map over a history with a merged branch (<see cref="MergeGraph"/>): a merge step is replaced by its branch's steps.</summary>
public sealed class MergeStepsTests
{
    private static readonly MergeGraph s_graph = new();

    /// <summary>An instruction count that moves by each planted percent in every commit that contains the planted commit.</summary>
    private static Func<string, Random, double> Counts(params (int Index, double Percent)[] steps) => Counts(s_graph, steps);

    private static Func<string, Random, double> Counts(MergeGraph graph, params (int Index, double Percent)[] steps) => (sha, _) => Math.Round(steps
        .Where(s => graph.IsAncestor(SyntheticGraph.Sha(s.Index), sha))
        .Aggregate(5_000_000.0, (level, s) => level * (1 + (s.Percent / 100))));

    private static async Task<RangeMap> MapAsync(Func<string, Random, double> counts, params string[] broken) => (await MeasuredAsync(s_graph, counts, broken)).Map;

    private static async Task<(RangeMap Map, SyntheticRunner Runner)> MeasuredAsync(MergeGraph graph, Func<string, Random, double> counts, params string[] broken)
    {
        var journal = new InMemoryJournal();
        var mapping = new RangeMapping(new SyntheticBuilder(broken.ToHashSet()), new Sampler(journal, SilentObserver.Instance), journal, graph);
        var line = graph.FirstParentRange(SyntheticGraph.Sha(0), SyntheticGraph.Sha(23));
        var runner = new SyntheticRunner(counts, seed: 1);
        return (await mapping.MapAsync(graph.Lookup(SyntheticGraph.Sha(0)), line, runner, "instructions", new StepMapOptions(1), CancellationToken.None), runner);
    }

    private static string[] Named(RangeMap map) => [.. map.Steps.Select(s => s.Commit.Subject)];

    [Fact]
    public async Task A_step_inside_a_merged_branch_is_named_by_its_own_commit_beside_one_on_the_first_parent_line()
    {
        var (map, runner) = await MeasuredAsync(s_graph, Counts((14, 4), (22, 6)));

        Assert.Equal(["change 14", "change 22"], Named(map));
        var (branchStep, lineStep) = (map.Map.Steps[0], map.Map.Steps[1]);
        Assert.Equal("change 13", map.Commit(branchStep.Index - 1).Subject);
        Assert.Equal("change 21", map.Commit(lineStep.Index - 1).Subject);
        Assert.Equal(4, branchStep.Shift.Percent, precision: 3);
        Assert.Equal(100, branchStep.SharePercent + lineStep.SharePercent, precision: 6);
        Assert.Equal(Math.Log(1.04) / Math.Log(1.04 * 1.06) * 100, branchStep.SharePercent, precision: 3);
        Assert.Equal(0, map.Map.UnexplainedPercent, precision: 3);
        Assert.Equal("change 22", map.Culprit(slower: true)?.Subject);
        var note = Assert.IsType<MergeStepOnBranch>(Assert.Single(map.Notes));
        Assert.Equal((s_graph.Merge, "change 14"), (note.Merge, Assert.Single(note.Steps).Subject));
        // The branch's commits count in the map's cost, the merge base c1 (on the range's line too) once.
        Assert.Contains(SyntheticGraph.Sha(1), runner.SamplesTaken.Keys);
        Assert.Equal(runner.SamplesTaken.Count, map.Builds);
    }

    [Fact]
    public async Task A_step_on_a_branch_merged_into_the_merged_branch_is_followed_through_both_merges()
    {
        var graph = new MergeGraph(nested: true);

        var (map, _) = await MeasuredAsync(graph, Counts(graph, (31, 5), (22, 6)));

        Assert.Equal(["change 31", "change 22"], Named(map));
        Assert.Equal("change 30", map.Commit(map.Map.Steps[0].Index - 1).Subject);
        Assert.Equal(100, map.Map.Steps.Sum(s => s.SharePercent), precision: 6);
        Assert.Equal(
            [("change 20", "change 31"), ("change 15", "change 31")],
            map.Notes.Cast<MergeStepOnBranch>().Select(n => (n.Merge.Subject, Assert.Single(n.Steps).Subject)));
    }

    [Fact]
    public async Task A_rise_on_the_branch_undone_on_the_main_line_after_the_merge_is_paired_with_its_undoing()
    {
        var map = await MapAsync(Counts((12, 5), (22, -5), (2, 3)));

        Assert.Equal(["change 2", "change 12", "change 22"], Named(map));
        var rise = map.Map.Steps[1];
        Assert.False(rise.Remains);
        Assert.Equal("change 22", map.Commit(rise.UndoneBy!.Value).Subject);
        Assert.True(map.Map.Steps[0].Remains);
    }

    [Fact]
    public async Task A_branch_that_moved_as_a_slope_leaves_the_merge_as_the_step_and_says_so()
    {
        var map = await MapAsync(Counts((11, 0.6), (12, 0.6), (13, 0.6), (14, 0.6), (15, 0.6), (16, 0.6), (22, 6)));

        Assert.Equal(["change 20", "change 22"], Named(map));
        var kept = Assert.IsType<MergeStepKept>(Assert.Single(map.Notes));
        Assert.Equal(s_graph.Merge, kept.Merge);
        Assert.True(kept.SpreadCommits >= 6, $"spread over {kept.SpreadCommits}");
        Assert.InRange(kept.BranchShiftPercent, 3.6, 3.7);
        Assert.Null(kept.Unmeasured);
    }

    [Fact]
    public async Task A_change_the_merge_itself_made_stays_at_the_merge()
    {
        var map = await MapAsync(Counts((20, 5)));

        Assert.Equal(["change 20"], Named(map));
        var kept = Assert.IsType<MergeStepKept>(Assert.Single(map.Notes));
        Assert.Equal((0.0, 0, (Core.Domain.CommitInfo?)null), (kept.BranchShiftPercent, kept.SpreadCommits, kept.Unmeasured));
    }

    [Fact]
    public async Task A_branch_whose_tip_does_not_build_leaves_the_merge_and_names_the_commit()
    {
        var map = await MapAsync(Counts((14, 4)), SyntheticGraph.Sha(17));

        Assert.Equal(["change 20"], Named(map));
        Assert.Equal("change 17", Assert.IsType<MergeStepKept>(Assert.Single(map.Notes)).Unmeasured?.Subject);
    }
}
