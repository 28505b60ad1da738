using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Simulation;
using Bisector.Core.Statistics;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class WorkFollowerTests
{
    private static readonly BisectRequest s_request = new("c0", "c39", "synthetic", "output", "ns");

    /// <summary>Time flat from c0 to c39 while the work rose at <paramref name="rise"/>: the state after a time search that found no regression.</summary>
    private static async Task<(SyntheticCrew Crew, RunState State, SearchRange Plan, SyntheticRunner Counter)> NoRegressionInTimeAsync(
        Func<string, Random, double> counts, MergeGraph? graph = null, params string[] broken)
    {
        var counter = new SyntheticRunner(counts, seed: 1);
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0, 0.01), graph, broken.ToHashSet(), instructions: InstructionProbe.Using(counter, "callgrind", samples: 2));
        var bad = graph is null ? 39 : 23;
        var plan = SearchRange.Plan(crew.Graph, "c0", $"c{bad}");
        var state = new RunState(s_request with { BadRev = $"c{bad}" }, plan.Good, plan.Bad);
        var endpoints = await crew.BuiltAsync(0, bad);
        var time = await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, [], CancellationToken.None);
        state.TimeVsInstructions = await crew.Crew.Counts.CompareEndpointsAsync(plan.Good, plan.Bad, time, crew.Crew.Pairs.Rounds(endpoints.Good, endpoints.Bad), CancellationToken.None);
        return (crew, state, plan, counter);
    }

    [Fact]
    public async Task Instructions_that_rose_while_time_did_not_are_bisected_to_the_commit_that_added_them()
    {
        var (crew, state, plan, counter) = await NoRegressionInTimeAsync((sha, _) => SyntheticGraph.Index(sha) >= 33 ? 1_090_000 : 1_000_000);

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        Assert.NotNull(work);
        Assert.Equal(SyntheticGraph.Sha(33), work.Culprit!.Sha);
        Assert.Equal(9, work.ChangePercent!.Value, precision: 6);
        var reason = Assert.IsType<WorkAfterNoCulprit>(work.Reason);
        Assert.Equal((BisectStatus.NoRegression, null, "c0", "c39", Direction.Slower), (reason.Status, reason.NotHeldSha, reason.GoodRev, reason.BadRev, reason.Direction));
        Assert.Equal(9, reason.RisePercent, precision: 6);
        Assert.All(work.Steps, step => Assert.Equal(SyntheticGraph.Index(step.Commit.Sha) >= 33 ? Verdict.Bad : Verdict.Good, step.Verdict));
        // Then the counts are mapped over the range: the one step, and nothing counted twice that the search counted.
        var map = work.Map!;
        Assert.Equal([SyntheticGraph.Sha(33)], map.Map.Steps.Select(step => map.Commit(step.Index).Sha));
        var searched = work.Steps.Select(step => step.Commit.Sha).Append(SyntheticGraph.Sha(0)).Append(SyntheticGraph.Sha(39)).Append(SyntheticGraph.Sha(32)).ToHashSet();
        Assert.All(counter.SamplesTaken, taken => Assert.Equal(searched.Contains(taken.Key) ? 2 : 1, taken.Value));
    }

    [Fact]
    public async Task A_rise_in_the_work_undone_later_is_mapped_and_the_search_names_the_rise_that_remains()
    {
        // +9 % at c10, undone at c14, +9 % again at c30 that remains.
        var (crew, state, plan, _) = await NoRegressionInTimeAsync((sha, _) => SyntheticGraph.Index(sha) switch
        {
            >= 30 => 1_090_000,
            >= 10 and < 14 => 1_090_000,
            _ => 1_000_000,
        });

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        var map = work!.Map!;
        Assert.Equal(
            [(SyntheticGraph.Sha(10), false), (SyntheticGraph.Sha(14), false), (SyntheticGraph.Sha(30), true)],
            map.Map.Steps.Select(step => (map.Commit(step.Index).Sha, step.Remains)));
    }

    [Fact]
    public async Task With_mapping_off_the_work_search_names_its_one_commit_and_maps_nothing()
    {
        var (crew, state, plan, counter) = await NoRegressionInTimeAsync((sha, _) => SyntheticGraph.Index(sha) >= 33 ? 1_090_000 : 1_000_000);
        state = new RunState(s_request with { MapSteps = false }, state.Good, state.Bad) { TimeVsInstructions = state.TimeVsInstructions };

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        Assert.Equal(SyntheticGraph.Sha(33), work!.Culprit!.Sha);
        Assert.Null(work.Map);
        Assert.All(counter.SamplesTaken.Values, taken => Assert.Equal(2, taken));
    }

    [Fact]
    public async Task Counts_that_vary_too_much_beside_the_rise_are_not_split_and_nothing_more_is_counted()
    {
        var runs = 0;
        var (crew, state, plan, counter) = await NoRegressionInTimeAsync((sha, _) => (SyntheticGraph.Index(sha) >= 12 ? 1_060_000 : 1_000_000) + (runs++ % 2 == 0 ? 0 : 40_000));

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        Assert.NotNull(work);
        Assert.Null(work.Culprit);
        Assert.Empty(work.Steps);
        Assert.IsType<EndpointCountsVary>(work.Note);
        Assert.Equal(2, counter.SamplesTaken.Count);
    }

    [Fact]
    public async Task The_same_work_at_both_ends_needs_no_work_search()
    {
        var (crew, state, plan, _) = await NoRegressionInTimeAsync((_, _) => 1_000_000);

        Assert.Null(await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None));
    }

    [Fact]
    public async Task A_rise_the_work_search_finds_at_a_merge_is_followed_into_the_branch_and_named_there()
    {
        var graph = new MergeGraph();
        var (crew, state, plan, _) = await NoRegressionInTimeAsync((sha, _) => graph.IsAncestor(SyntheticGraph.Sha(14), sha) ? 1_090_000 : 1_000_000, graph);

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        Assert.Equal(SyntheticGraph.Sha(14), work!.Culprit!.Sha);
        Assert.Equal([SyntheticGraph.Sha(14)], work.Candidates.Select(c => c.Sha));
        Assert.Equal(9, work.ChangePercent!.Value, precision: 6);
        Assert.Equal(new FoundOnMergedBranch(graph.Merge), work.Note);
        // The first-parent line's commits, then the branch's, in the order counted.
        Assert.Contains(work.Steps, step => step.Commit.Sha == SyntheticGraph.Sha(20) && step.Verdict == Verdict.Bad);
        Assert.Contains(work.Steps, step => SyntheticGraph.Index(step.Commit.Sha) is >= 10 and <= 17);
        // The map of the same counts names the branch's commit too.
        Assert.Equal([SyntheticGraph.Sha(14)], work.Map!.Steps.Select(step => step.Commit.Sha));
    }

    [Fact]
    public async Task A_merge_found_on_a_merged_branch_is_followed_in_turn()
    {
        var graph = new MergeGraph(nested: true);
        var (crew, state, plan, _) = await NoRegressionInTimeAsync((sha, _) => graph.IsAncestor(SyntheticGraph.Sha(31), sha) ? 1_090_000 : 1_000_000, graph);

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        Assert.Equal(SyntheticGraph.Sha(31), work!.Culprit!.Sha);
        Assert.Equal(new FoundOnMergedBranch(graph.Lookup(SyntheticGraph.Sha(15))), work.Note);
        Assert.Contains(work.Steps, step => step.Commit.Sha == SyntheticGraph.Sha(15) && step.Verdict == Verdict.Bad);
    }

    [Fact]
    public async Task A_merge_whose_branch_tip_does_not_build_stays_the_work_culprit_and_says_why()
    {
        var graph = new MergeGraph();
        var (crew, state, plan, _) = await NoRegressionInTimeAsync(
            (sha, _) => graph.IsAncestor(SyntheticGraph.Sha(14), sha) ? 1_090_000 : 1_000_000, graph, SyntheticGraph.Sha(17));

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        Assert.Equal(graph.Merge, work!.Culprit);
        Assert.Equal(new WorkMergeKept(graph.Merge, new MergeBranchUnbuildable(graph.Merge, graph.Lookup(SyntheticGraph.Sha(17)))), work.Note);
    }

    [Fact]
    public async Task A_rise_the_merge_itself_made_stays_at_the_merge()
    {
        var graph = new MergeGraph();
        var (crew, state, plan, _) = await NoRegressionInTimeAsync((sha, _) => graph.IsAncestor(SyntheticGraph.Sha(20), sha) ? 1_090_000 : 1_000_000, graph);

        var work = await crew.Crew.Work.FollowAsync(state, plan, BisectStatus.NoRegression, CancellationToken.None);

        Assert.Equal(graph.Merge, work!.Culprit);
        var kept = Assert.IsType<WorkMergeKept>(work.Note);
        Assert.Equal(new MergeItselfSlower(graph.Merge, 0), kept.Why);
    }
}
