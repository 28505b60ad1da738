using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Simulation;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Session;

/// <summary>A run on an exact metric maps every step of the range and names the largest one that remains at the tip.</summary>
public sealed class EveryStepTests
{
    /// <summary>An exact count per commit of a 60-commit synthetic history with steps planted at the given commits.</summary>
    private static Func<string, Random, double> Counts(params (int Index, double Percent)[] steps) => (sha, _) =>
        Math.Round(steps.Where(s => s.Index <= SyntheticGraph.Index(sha)).Aggregate(4_000_000.0, (level, s) => level * (1 + (s.Percent / 100))));

    private static async Task<BisectResult> RunAsync(Func<string, Random, double> counts, BisectRequest? request = null)
    {
        var session = new BisectSession(
            new SyntheticGraph(61), new SyntheticBuilder(new HashSet<string>()), new SyntheticRunner(counts, seed: 1), new InMemoryJournal(),
            new VerdictEngine(StatisticsOptions.Default with { ThresholdPercent = 1 }), SilentObserver.Instance);
        return await session.RunAsync(request ?? new BisectRequest("c0", "c60", "synthetic", "instructions", "instructions"), CancellationToken.None);
    }

    [Fact]
    public async Task A_rise_undone_later_is_mapped_but_not_named_and_the_largest_remaining_step_is_the_culprit()
    {
        // The search alone follows the +6 % at c25 (undone at c35); what remains at the tip is +2.5 % at c10 and +3 % at c50.
        var result = await RunAsync(Counts((10, 2.5), (25, 6), (35, -5.7), (50, 3)));

        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        Assert.Equal(SyntheticGraph.Sha(50), result.Culprit!.Sha);
        Assert.True(result.Verification!.Confirmed);
        var map = Assert.IsType<Bisector.Core.Mapping.RangeMap>(result.Map);
        Assert.Equal([10, 25, 35, 50], map.Map.Steps.Select(s => s.Index));
        Assert.Equal([10, 50], map.Map.Remaining.Select(s => s.Index));
        Assert.Equal(35, map.Map.Steps[1].UndoneBy);
    }

    [Fact]
    public async Task Two_steps_of_different_sizes_are_both_in_the_map_with_shares_summing_to_the_whole()
    {
        var result = await RunAsync(Counts((17, 2.8), (44, 5.4)));

        Assert.Equal(SyntheticGraph.Sha(44), result.Culprit!.Sha);
        Assert.Equal([17, 44], result.Map!.Map.Remaining.Select(s => s.Index));
        Assert.Equal(100, result.Map.Map.Remaining.Sum(s => s.SharePercent), 3);
    }

    [Fact]
    public async Task With_mapping_off_the_search_alone_answers_and_names_a_commit_whose_effect_is_gone_at_the_tip()
    {
        var result = await RunAsync(Counts((10, 2.5), (25, 6), (35, -5.7), (50, 3)), new BisectRequest("c0", "c60", "synthetic", "instructions", "instructions") { MapSteps = false });

        Assert.Null(result.Map);
        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        Assert.Equal(SyntheticGraph.Sha(25), result.Culprit!.Sha);
    }

    [Fact]
    public async Task A_time_is_left_to_the_search()
    {
        var session = new BisectSession(
            new SyntheticGraph(41), new SyntheticBuilder(new HashSet<string>()),
            new SyntheticRunner((sha, random) => 100 * (SyntheticGraph.Index(sha) >= 27 ? 1.2 : 1) * (1 + (0.02 * Gaussian.Next(random))), seed: 3),
            new InMemoryJournal(), new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance);

        var result = await session.RunAsync(new BisectRequest("c0", "c40", "synthetic", "output", "ns"), CancellationToken.None);

        Assert.Null(result.Map);
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
    }
}
