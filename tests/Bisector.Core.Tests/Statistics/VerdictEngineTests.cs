using Bisector.Core.Domain;
using Bisector.Core.Simulation;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Statistics;

public sealed class VerdictEngineTests
{
    private static readonly VerdictEngine s_engine = new(StatisticsOptions.Default);

    private static double[] Normal(int seed, int count, double mean, double relativeSd)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => mean * (1 + (relativeSd * Gaussian.Next(random)))).ToArray();
    }

    [Fact]
    public void A_clear_slowdown_between_the_endpoints_is_a_regression()
    {
        var result = s_engine.CompareEndpoints(Normal(1, 10, 100, 0.02), Normal(2, 10, 120, 0.02));

        Assert.Equal(EndpointOutcome.Regression, result.Outcome);
        Assert.InRange(result.Change.ShiftPercent, 15, 25);
        Assert.True(result.Change.ShiftLowPercent <= result.Change.ShiftPercent && result.Change.ShiftPercent <= result.Change.ShiftHighPercent);
    }

    [Fact]
    public void Equal_endpoints_are_no_regression()
    {
        var result = s_engine.CompareEndpoints(Normal(3, 20, 100, 0.01), Normal(4, 20, 100, 0.01));

        Assert.Equal(EndpointOutcome.NoRegression, result.Outcome);
    }

    [Fact]
    public void A_bad_revision_that_is_faster_is_no_regression()
    {
        var result = s_engine.CompareEndpoints(Normal(5, 10, 120, 0.02), Normal(6, 10, 100, 0.02));

        Assert.Equal(EndpointOutcome.NoRegression, result.Outcome);
        Assert.True(result.Change.ShiftPercent < 0);
    }

    [Fact]
    public void A_slowdown_smaller_than_the_threshold_is_not_a_regression()
    {
        var result = s_engine.CompareEndpoints(Normal(7, 40, 100, 0.005), Normal(8, 40, 102, 0.005));

        Assert.NotEqual(EndpointOutcome.Regression, result.Outcome);
    }

    [Fact]
    public void Two_samples_each_cannot_decide_anything()
    {
        var result = s_engine.CompareEndpoints([100, 101], [150, 151]);

        Assert.Equal(EndpointOutcome.Unsure, result.Outcome);
    }

    [Theory]
    [InlineData(100, Verdict.Good)]
    [InlineData(120, Verdict.Bad)]
    [InlineData(110, Verdict.Unknown)]
    public void A_candidate_is_good_near_good_bad_near_bad_and_unknown_halfway(double mean, Verdict expected)
    {
        var good = Normal(9, 20, 100, 0.02);
        var bad = Normal(10, 20, 120, 0.02);

        var result = s_engine.Classify(Normal(11, 10, mean, 0.02), good, bad);

        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void Identical_instruction_counts_classify_exactly()
    {
        var good = Enumerable.Repeat(1_000_000.0, 10).ToArray();
        var bad = Enumerable.Repeat(1_200_000.0, 10).ToArray();

        Assert.Equal(EndpointOutcome.Regression, s_engine.CompareEndpoints(good, bad).Outcome);
        Assert.Equal(Verdict.Good, s_engine.Classify(Enumerable.Repeat(1_000_000.0, 5).ToArray(), good, bad).Verdict);
        Assert.Equal(Verdict.Bad, s_engine.Classify(Enumerable.Repeat(1_200_000.0, 5).ToArray(), good, bad).Verdict);
    }

    [Theory]
    [InlineData(0.005)]
    [InlineData(0.05)]
    public void The_detectable_shift_is_the_edge_where_the_endpoint_comparison_starts_to_confirm(double noise)
    {
        var good = Normal(11, 20, 100, noise);
        var noiseOnly = Normal(12, 20, 100, noise);

        var detectable = s_engine.DetectableShiftPercent(good, noiseOnly);

        Assert.NotNull(detectable);
        Assert.True(detectable > StatisticsOptions.Default.ThresholdPercent);
        var median = Summary.Of(good).Median;
        double[] Moved(double percent) => noiseOnly.Select(v => v - Summary.Of(noiseOnly).Median + median + (median * percent / 100)).ToArray();
        Assert.Equal(EndpointOutcome.Regression, s_engine.CompareEndpoints(good, Moved(detectable.Value + 0.01)).Outcome);
        Assert.NotEqual(EndpointOutcome.Regression, s_engine.CompareEndpoints(good, Moved(detectable.Value - 0.05)).Outcome);
    }

    [Fact]
    public void Noisier_endpoints_can_only_see_larger_changes_and_too_few_samples_see_none()
    {
        var quiet = s_engine.DetectableShiftPercent(Normal(13, 20, 100, 0.005), Normal(14, 20, 100, 0.005));
        var noisy = s_engine.DetectableShiftPercent(Normal(13, 20, 100, 0.05), Normal(14, 20, 100, 0.05));

        Assert.InRange(quiet!.Value, 5, 7);
        Assert.True(noisy > quiet + 3, $"noisy {noisy} vs quiet {quiet}");
        Assert.Null(s_engine.DetectableShiftPercent(Normal(15, 3, 100, 0.01), Normal(16, 3, 100, 0.01)));
    }
}
