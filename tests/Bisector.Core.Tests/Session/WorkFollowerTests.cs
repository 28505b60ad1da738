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
    private static async Task<(SyntheticCrew Crew, RunState State, SearchRange Plan, SyntheticRunner Counter)> NoRegressionInTimeAsync(Func<string, Random, double> counts)
    {
        var counter = new SyntheticRunner(counts, seed: 1);
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0, 0.01), instructions: InstructionProbe.Using(counter, "callgrind", samples: 2));
        var plan = SearchRange.Plan(crew.Graph, "c0", "c39");
        var state = new RunState(s_request, plan.Good, plan.Bad);
        var endpoints = await crew.BuiltAsync(0, 39);
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
}
