using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Simulation;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Session;

/// <summary>
/// A run on an exact metric maps every step of the range and names the largest one that remains at the tip; a run on a
/// time maps where its search leaves part of the change unexplained.
/// </summary>
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

    /// <summary>A time per commit of a 40-commit synthetic history with steps planted at the given commits, and 2 % noise (or <paramref name="noise"/>).</summary>
    private static Task<BisectResult> RunTimeAsync(params (int Index, double Percent)[] steps) => RunTimeAsync(0.02, steps);

    private static Task<BisectResult> RunTimeAsync(double noise, params (int Index, double Percent)[] steps) => RunTimeAsync(noise, -1, steps);

    /// <param name="failing">A commit whose benchmark fails (it builds, and crashes when run); -1 for none.</param>
    private static async Task<BisectResult> RunTimeAsync(double noise, int failing, params (int Index, double Percent)[] steps)
    {
        var session = new BisectSession(
            new SyntheticGraph(41), new SyntheticBuilder(new HashSet<string>()),
            new SyntheticRunner(
                (sha, random) => SyntheticGraph.Index(sha) == failing
                    ? double.NaN
                    : steps.Where(s => s.Index <= SyntheticGraph.Index(sha)).Aggregate(100.0, (level, s) => level * (1 + (s.Percent / 100))) * (1 + (noise * Gaussian.Next(random))),
                seed: 3),
            new InMemoryJournal(), new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance);
        return await session.RunAsync(new BisectRequest("c0", "c40", "synthetic", "output", "ns"), CancellationToken.None);
    }

    [Fact]
    public async Task A_time_step_that_explains_the_endpoints_change_is_named_alone_and_nothing_else_is_mapped()
    {
        var result = await RunTimeAsync((27, 20));

        Assert.Null(result.Map);
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
    }

    [Fact]
    public async Task Two_time_steps_are_both_named_the_rest_of_the_range_mapped_in_paired_rounds()
    {
        var result = await RunTimeAsync((9, 12), (27, 20));

        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        // This builder cannot relink: the residue is mapped on the default builds, with no word of layouts nobody asked for.
        Assert.Empty(result.Notes.OfType<Bisector.Core.Findings.LayoutsUnavailable>());
        Assert.Empty(result.Layouts);
        var map = Assert.IsType<Bisector.Core.Mapping.RangeMap>(result.Map);
        Assert.Equal([9, 27], map.Map.Steps.Select(s => s.Index));
        Assert.Equal([9, 27], map.Map.Remaining.Select(s => s.Index));
        Assert.InRange(map.Map.Remaining.Sum(s => s.SharePercent), 90, 110);
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
    }

    [Fact]
    public async Task A_commit_whose_benchmark_fails_inside_a_mapped_segment_is_stepped_around_as_the_search_skips_it()
    {
        // c13 is where the map cuts the segment before c27 (0..26) in two: it builds and crashes when run.
        var result = await RunTimeAsync(0.02, failing: 13, (9, 12), (27, 20));

        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        var map = Assert.IsType<Bisector.Core.Mapping.RangeMap>(result.Map);
        Assert.Equal([9, 27], map.Map.Steps.Select(s => s.Index));
        Assert.Empty(map.Map.Unmeasured);
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
    }

    [Fact]
    public async Task A_time_rise_with_a_later_improvement_names_both_and_the_rise_is_the_culprit()
    {
        var result = await RunTimeAsync((12, 25), (30, -10));

        var map = Assert.IsType<Bisector.Core.Mapping.RangeMap>(result.Map);
        Assert.Equal([(12, true), (30, false)], map.Map.Steps.Select(s => (s.Index, s.IsRise)));
        Assert.Equal(SyntheticGraph.Sha(12), result.Culprit!.Sha);
    }

    [Fact]
    public async Task A_time_slope_with_no_single_step_is_mapped_as_one_gradual_segment_and_no_commit_is_named()
    {
        // Ten commits of +1.5 % each: +16 % at the ends, no commit above the 5 % threshold.
        var result = await RunTimeAsync(0.002, [.. Enumerable.Range(15, 10).Select(i => (i, 1.5))]);

        // The search ends between two commits of the slope (ambiguous), or on one its re-check does not confirm.
        Assert.Contains(result.Status, new[] { BisectStatus.Ambiguous, BisectStatus.Inconclusive });
        Assert.Null(result.Culprit);
        var map = Assert.IsType<Bisector.Core.Mapping.RangeMap>(result.Map);
        Assert.Empty(map.Map.Steps);
        var slope = Assert.Single(map.Map.Gradual);
        Assert.True(slope.From <= 14 && slope.To >= 24, $"{slope.From}..{slope.To}");
        Assert.InRange(slope.Shift.Percent, 13, 19);
    }
}
