using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Tests.Statistics.Layouts;

public sealed class LayoutComparisonTests
{
    /// <summary>
    /// Rounds of 8 layouts, 3 each, with 1 % noise per run: each side's time is 100 ms moved by its placement effect in
    /// that layout (percent), times the code's cost for the candidate, times the machine's speed at that round.
    /// </summary>
    private static List<LayoutRound> Rounds(double[] baselinePlacement, double[] candidatePlacement, double codePercent, Func<int, double>? drift = null, int seed = 7)
    {
        var random = new Random(seed);
        double Noise() => 1 + ((random.NextDouble() - 0.5) * 0.02);
        var rounds = new List<LayoutRound>();
        for (var round = 0; round < 24; round++)
        {
            var layout = round % 8;
            var speed = drift?.Invoke(round) ?? 1;
            rounds.Add(new LayoutRound(
                layout,
                100 * (1 + (baselinePlacement[layout] / 100)) * speed * Noise(),
                100 * (1 + (candidatePlacement[layout] / 100)) * (1 + (codePercent / 100)) * speed * Noise()));
        }

        return rounds;
    }

    private static readonly double[] s_baseline = [0, 3, -2, 1, 0, 3, -2, 1];

    [Fact]
    public void Identical_code_moved_so_the_default_builds_differ_by_9_5_percent_is_placement_and_not_a_shift()
    {
        // Same instructions, landing 48 bytes further on in every layout: the same effects at another phase, except that its default build is +9.5 %.
        double[] candidate = [9.5, -3, -2.5, -2, 9.5, -3, -2.5, -2];

        var verdict = LayoutComparison.Compare(Rounds(s_baseline, candidate, codePercent: 0), thresholdPercent: 5);

        Assert.Equal(LayoutFinding.Placement, verdict.Finding);
        Assert.InRange(verdict.DefaultShiftPercent, 8, 11);
        Assert.True(verdict.LowPercent <= 0 && verdict.HighPercent >= 0, $"{verdict.LowPercent:0.0} to {verdict.HighPercent:0.0}");
        Assert.Equal(8, verdict.Layouts);
        Assert.InRange(verdict.Candidate.SpreadPercent, 11, 16);
    }

    [Fact]
    public void A_code_step_of_1_6_percent_under_a_10_percent_faster_placement_is_both_with_the_code_shift_over_layouts()
    {
        double[] candidate = [-11.4, 3, -2, 1, 0, 3, -2, 1];

        var verdict = LayoutComparison.Compare(Rounds(s_baseline, candidate, codePercent: 1.6), thresholdPercent: 1);

        Assert.Equal(LayoutFinding.Both, verdict.Finding);
        Assert.InRange(verdict.ShiftPercent, 0.8, 2.4);
        Assert.True(verdict.LowPercent > 0, $"{verdict.LowPercent:0.0}");
        Assert.InRange(verdict.DefaultShiftPercent, -11, -8);
        Assert.True(verdict.PlacementPercent < -8);
    }

    [Fact]
    public void A_code_step_in_every_layout_is_code()
    {
        var verdict = LayoutComparison.Compare(Rounds(s_baseline, s_baseline, codePercent: 8), thresholdPercent: 5);

        Assert.Equal(LayoutFinding.Code, verdict.Finding);
        Assert.InRange(verdict.ShiftPercent, 7, 9);
    }

    [Fact]
    public void Drift_during_the_rounds_cancels_within_each_round()
    {
        double[] candidate = [9.5, -3, -2.5, -2, 9.5, -3, -2.5, -2];
        var steady = LayoutComparison.Compare(Rounds(s_baseline, candidate, codePercent: 0), thresholdPercent: 5);

        var drifting = LayoutComparison.Compare(Rounds(s_baseline, candidate, codePercent: 0, drift: round => 1 + (0.03 * round)), thresholdPercent: 5);

        Assert.Equal(steady.Finding, drifting.Finding);
        Assert.Equal(steady.ShiftPercent, drifting.ShiftPercent, 6);
        Assert.True(drifting.Baseline.SpreadPercent > steady.Baseline.SpreadPercent, "the raw medians drift; the shift does not");
    }

    [Fact]
    public void A_code_step_under_noise_that_strays_the_default_builds_median_is_code_not_placement()
    {
        // A longer sleep (+50 %) on a loaded machine: every run wakes up to 15 % late, in every layout alike. Layout 0's
        // median of 3 rounds strays from the narrow interval of all 24 by noise alone; that is not placement.
        var findings = Enumerable.Range(1, 200)
            .Select(seed => LayoutComparison.Compare(NoisyRounds(codePercent: 50, seed), thresholdPercent: 5).Finding)
            .ToArray();

        Assert.All(findings, f => Assert.True(f is LayoutFinding.Code or LayoutFinding.Both, f.ToString()));
        Assert.True(findings.Count(f => f == LayoutFinding.Both) <= 10, $"{findings.Count(f => f == LayoutFinding.Both)} of 200 said both");
    }

    /// <summary>24 rounds of 8 layouts with no placement effect: each run 300 ms, up to 15 % late, the candidate's cost on top.</summary>
    private static List<LayoutRound> NoisyRounds(double codePercent, int seed)
    {
        var random = new Random(seed);
        double Late() => 1 + (0.15 * random.NextDouble());
        return Enumerable.Range(0, 24)
            .Select(round => new LayoutRound(round % 8, 300 * Late(), 300 * (1 + (codePercent / 100)) * Late()))
            .ToList();
    }

    [Fact]
    public void Without_the_default_build_there_is_nothing_to_compare_with()
    {
        Assert.Throws<ArgumentException>(() => LayoutComparison.Compare([new LayoutRound(1, 100, 101)], 5));
    }
}
