using Bisector.Core.Explain;

namespace Bisector.Core.Tests.Explain;

public sealed class ProfileComparerTests
{
    private static Profile Perf(params (string Symbol, double Samples)[] symbols) =>
        new("perf", "cpu-clock", symbols.Sum(s => s.Samples), symbols.Select(s => new SymbolCost(s.Symbol, "/bin/minivm", s.Samples)).ToArray(), "frame pointers", 3);

    private static Profile Callgrind(params (string Symbol, double Instructions)[] symbols) =>
        new("callgrind", "Ir", symbols.Sum(s => s.Instructions), symbols.Select(s => new SymbolCost(s.Symbol, "/bin/minivm", s.Instructions)).ToArray(), "none", 1);

    [Fact]
    public void Time_contributions_scale_shares_by_the_measured_ratio_and_sum_to_the_whole_change()
    {
        var parent = Perf(("eval_code", 780), ("int_from_long", 200), ("main", 20));
        var culprit = Perf(("eval_code", 700), ("threadstate_get", 150), ("int_from_long", 140), ("main", 10));

        var comparison = ProfileComparer.Compare(parent, culprit, 1.6, null, null)!;

        Assert.Equal("time", comparison.ContributionBasis);
        Assert.Equal(["eval_code", "threadstate_get", "int_from_long", "main"], comparison.Symbols.Select(s => s.Symbol));
        Assert.Equal(60.0, comparison.Symbols.Sum(s => s.ContributionPercent), 6);
        Assert.Equal((0.70 * 1.6 - 0.78) * 100, comparison.Symbols[0].ContributionPercent, 6);
        Assert.Null(comparison.Symbols[0].ParentInstructions);
    }

    [Fact]
    public void Without_a_time_profile_contributions_are_instructions_over_the_parents_total()
    {
        var parent = Callgrind(("eval_code", 5_000_000), ("int_from_long", 850_000));
        var culprit = Callgrind(("eval_code", 5_600_000), ("threadstate_get", 612_000), ("int_from_long", 850_000));

        var comparison = ProfileComparer.Compare(null, null, 1, parent, culprit)!;

        Assert.Equal("instructions", comparison.ContributionBasis);
        Assert.Equal("threadstate_get", comparison.Symbols[0].Symbol);
        Assert.Equal(612_000 / 5_850_000.0 * 100, comparison.Symbols[0].ContributionPercent, 6);
        Assert.Equal(12.0, comparison.Symbols[1].InstructionChangePercent!.Value, 6);
        Assert.Equal(0, comparison.Symbols[2].ContributionPercent);
    }

    [Fact]
    public void Nothing_to_compare_gives_no_comparison()
    {
        Assert.Null(ProfileComparer.Compare(Perf(("a", 1)), null, 1, Callgrind(("a", 1)), null));
    }

    [Fact]
    public void Symbols_of_a_sample_or_two_are_noise_and_the_hottest_symbol_stays_though_it_did_not_regress()
    {
        var noise = Enumerable.Range(0, 30).Select(i => ($"kernel_{i}", 1.0)).ToArray();
        var parent = Perf([("hot_loop", 300), .. noise]);
        var culprit = Perf([("hot_loop", 290), .. noise]);

        var comparison = ProfileComparer.Compare(parent, culprit, 0.97, null, null)!;

        var only = Assert.Single(comparison.Symbols);
        Assert.Equal("hot_loop", only.Symbol);
        Assert.True(only.ContributionPercent < 0);
    }
}
