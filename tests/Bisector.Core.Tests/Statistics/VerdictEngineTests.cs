using Bisector.Core.Domain;
using Bisector.Simulation;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Statistics;

public sealed class VerdictEngineTests
{
    private static readonly VerdictEngine s_engine = new(StatisticsOptions.Default);

    /// <summary>Paired rounds: baseline ~ mean a, candidate ~ mean b, both scaled by the round's machine speed.</summary>
    private static PairedRound[] Pairs(int seed, int count, double baseline, double candidate, double relativeSd, Func<int, double>? drift = null)
    {
        var random = new Random(seed);
        double Noise() => 1 + (relativeSd * Gaussian.Next(random));
        return Enumerable.Range(0, count).Select(i =>
        {
            var speed = drift?.Invoke(i) ?? 1;
            return new PairedRound(baseline * speed * Noise(), candidate * speed * Noise());
        }).ToArray();
    }

    private static BracketedRound[] Bracketed(int seed, int count, double candidate, double relativeSd, Func<int, double>? drift = null)
    {
        var random = new Random(seed);
        double Noise() => 1 + (relativeSd * Gaussian.Next(random));
        return Enumerable.Range(0, count).Select(i =>
        {
            var speed = drift?.Invoke(i) ?? 1;
            return new BracketedRound(100 * speed * Noise(), candidate * speed * Noise(), 120 * speed * Noise());
        }).ToArray();
    }

    [Fact]
    public void A_clear_slowdown_between_the_endpoints_is_a_regression()
    {
        var result = s_engine.CompareEndpoints(Pairs(1, 10, 100, 120, 0.02));

        Assert.Equal(EndpointOutcome.Regression, result.Outcome);
        Assert.InRange(result.Change.ShiftPercent, 15, 25);
        Assert.True(result.Change.ShiftLowPercent <= result.Change.ShiftPercent && result.Change.ShiftPercent <= result.Change.ShiftHighPercent);
    }

    [Fact]
    public void A_slowdown_survives_load_that_doubles_every_time_from_round_to_round()
    {
        // Every other round runs under a load that makes everything 2x slower: pooled, the two would overlap.
        var result = s_engine.CompareEndpoints(Pairs(2, 10, 100, 110, 0.01, i => i % 2 == 0 ? 1 : 2));

        Assert.Equal(EndpointOutcome.Regression, result.Outcome);
        Assert.InRange(result.Change.ShiftPercent, 7, 13);
    }

    [Fact]
    public void A_drop_beyond_the_threshold_is_no_regression_one_way_but_not_within_the_threshold_both_ways()
    {
        var dropped = Pairs(4, 20, 100, 90, 0.01);
        var level = Pairs(4, 20, 100, 100, 0.01);

        Assert.NotEqual(EndpointOutcome.Regression, s_engine.CompareEndpoints(dropped).Outcome);
        Assert.False(s_engine.SurelyWithinThreshold(dropped));
        Assert.True(s_engine.SurelyWithinThreshold(level));
    }

    [Fact]
    public void Equal_endpoints_are_no_regression()
    {
        var result = s_engine.CompareEndpoints(Pairs(3, 20, 100, 100, 0.01));

        Assert.Equal(EndpointOutcome.NoRegression, result.Outcome);
    }

    [Fact]
    public void A_bad_revision_that_is_clearly_faster_is_said_to_be_faster()
    {
        var result = s_engine.CompareEndpoints(Pairs(5, 10, 120, 100, 0.02));

        Assert.Equal(EndpointOutcome.Faster, result.Outcome);
        Assert.True(result.Change.ShiftPercent < 0);
    }

    [Fact]
    public void Bisecting_an_improvement_turns_a_faster_bad_revision_into_the_change_searched_for()
    {
        var faster = new VerdictEngine(StatisticsOptions.Default with { Direction = Direction.Faster });

        Assert.Equal(EndpointOutcome.Regression, faster.CompareEndpoints(Pairs(5, 10, 120, 100, 0.02)).Outcome);
        Assert.Equal(EndpointOutcome.Faster, faster.CompareEndpoints(Pairs(6, 10, 100, 120, 0.02)).Outcome);
    }

    [Fact]
    public void A_slowdown_smaller_than_the_threshold_is_not_a_regression()
    {
        var result = s_engine.CompareEndpoints(Pairs(7, 40, 100, 102, 0.005));

        Assert.NotEqual(EndpointOutcome.Regression, result.Outcome);
    }

    [Fact]
    public void Noise_larger_than_the_threshold_leaves_the_endpoints_unsure_not_equal()
    {
        var result = s_engine.CompareEndpoints(Pairs(8, 40, 100, 104, 0.15));

        Assert.Equal(EndpointOutcome.Unsure, result.Outcome);
    }

    [Fact]
    public void Nine_rounds_cannot_decide_anything_at_alpha_0_001()
    {
        var result = s_engine.CompareEndpoints(Pairs(9, 9, 100, 150, 0.001));

        Assert.Equal(EndpointOutcome.Unsure, result.Outcome);
        Assert.False(s_engine.CanCompare(9));
        Assert.True(s_engine.CanCompare(10));
    }

    [Theory]
    [InlineData(100, Verdict.Good)]
    [InlineData(120, Verdict.Bad)]
    [InlineData(110, Verdict.Unknown)]
    public void A_candidate_is_good_near_good_bad_near_bad_and_unknown_halfway(double mean, Verdict expected)
    {
        var pool = Pairs(9, 20, 100, 120, 0.02);

        var result = s_engine.Classify(Bracketed(11, 10, mean, 0.02), pool);

        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void A_classification_carries_bad_against_good_in_the_commits_own_rounds_however_the_machine_drifted()
    {
        var pool = Pairs(9, 20, 100, 120, 0.02);

        // The whole machine 30 % slower in these rounds: bad is still +20 % against good within them.
        var result = s_engine.Classify(Bracketed(12, 10, 110, 0.005, _ => 1.3), pool);

        Assert.InRange(result.BadShiftPercent!.Value, 19, 21);
        Assert.InRange(result.ShiftPercent, 9, 11);
    }

    [Fact]
    public void Heavy_tailed_noise_does_not_keep_a_three_sd_step_unknown()
    {
        // At the last look (40 rounds). One run in twenty is 5 to 10 sd slow: a round's position c - (g + b) / 2 is spoiled by an outlier in any of the
        // three, while c - g and b - c (compared with the pool's b - g, outliers alike) are not pulled towards the midpoint.
        static double Run(Random random, double mean) =>
            mean * (1 + (0.02 * Gaussian.Next(random)) + (random.NextDouble() < 0.05 ? 0.02 * (5 + (5 * random.NextDouble())) : 0));
        static PairedRound[] Pool(int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, 40).Select(_ => new PairedRound(Run(random, 100), Run(random, 106))).ToArray();
        }

        static BracketedRound[] Tested(int seed, double candidate)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, 40).Select(_ => new BracketedRound(Run(random, 100), Run(random, candidate), Run(random, 106))).ToArray();
        }

        var pool = Pool(21);
        var good = Enumerable.Range(0, 10).Select(i => Tested(22 + i, 100));
        var bad = Enumerable.Range(0, 10).Select(i => Tested(42 + i, 106));

        Assert.All(good, rounds => Assert.Equal(Verdict.Good, s_engine.Classify(rounds, pool).Verdict));
        Assert.All(bad, rounds => Assert.Equal(Verdict.Bad, s_engine.Classify(rounds, pool).Verdict));
    }

    [Theory]
    [InlineData(104, Verdict.Good)]
    [InlineData(116, Verdict.Bad)]
    public void A_candidate_like_neither_endpoint_is_judged_by_the_side_it_is_nearer(double mean, Verdict expected)
    {
        // Another change moved it away from both endpoints: surely slower than good and surely faster than bad.
        var pool = Pairs(23, 20, 100, 120, 0.005);

        var result = s_engine.Classify(Bracketed(24, 10, mean, 0.005), pool);

        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void A_candidate_measured_in_a_quiet_minute_is_not_called_good_against_references_taken_under_load()
    {
        // The pool was measured under load (everything 30 % slower); the candidate's rounds in a quiet minute.
        // Only ratios within a round count, so the candidate is still seen as bad.
        var pool = Pairs(12, 20, 100, 120, 0.02, _ => 1.3);

        var result = s_engine.Classify(Bracketed(13, 5, 120, 0.02, _ => 1.0), pool);

        Assert.Equal(Verdict.Bad, result.Verdict);
    }

    [Fact]
    public void Three_rounds_decide_a_clear_case_once_the_pool_is_large_enough()
    {
        var small = Pairs(14, 10, 100, 120, 0.01);
        var large = Pairs(14, 20, 100, 120, 0.01);

        Assert.False(s_engine.CanClassify(3, small.Length));
        Assert.True(s_engine.CanClassify(3, large.Length));
        Assert.Equal(Verdict.Bad, s_engine.Classify(Bracketed(15, 3, 120, 0.01), large).Verdict);
        Assert.Equal(Verdict.Good, s_engine.Classify(Bracketed(16, 3, 100, 0.01), large).Verdict);
    }

    [Fact]
    public void Identical_instruction_counts_classify_exactly()
    {
        var pool = Enumerable.Repeat(new PairedRound(1_000_000, 1_200_000), 10).ToArray();

        Assert.Equal(EndpointOutcome.Regression, s_engine.CompareEndpoints(pool).Outcome);
        Assert.Equal(Verdict.Good, s_engine.Classify(Enumerable.Repeat(new BracketedRound(1_000_000, 1_000_000, 1_200_000), 5).ToArray(), pool).Verdict);
        Assert.Equal(Verdict.Bad, s_engine.Classify(Enumerable.Repeat(new BracketedRound(1_000_000, 1_200_000, 1_200_000), 5).ToArray(), pool).Verdict);
    }

    [Fact]
    public void Counts_that_repeat_are_decided_in_three_rounds_and_noise_never_passes_for_repeatable()
    {
        PairedRound[] Counted(double baseline, double candidate) =>
            [new(baseline, candidate), new(baseline * 1.00005, candidate), new(baseline, candidate * 0.99995)];

        Assert.Equal(EndpointOutcome.Regression, s_engine.CompareEndpoints(Counted(1_000_000, 1_090_000)).Outcome);
        Assert.Equal(EndpointOutcome.NoRegression, s_engine.CompareEndpoints(Counted(1_000_000, 1_000_300)).Outcome);
        Assert.Equal(EndpointOutcome.Faster, s_engine.CompareEndpoints(Counted(1_000_000, 900_000)).Outcome);
        Assert.Equal(EndpointOutcome.Unsure, s_engine.CompareEndpoints(Counted(1_000_000, 1_050_000)).Outcome);
        Assert.Equal(EndpointOutcome.Unsure, s_engine.CompareEndpoints(Counted(1_000_000, 1_090_000)[..2]).Outcome);
        Assert.Equal(EndpointOutcome.Unsure, s_engine.CompareEndpoints(Pairs(17, 3, 100, 150, 0.005)).Outcome);
        Assert.Equal(5.02, s_engine.DetectableShiftPercent(Counted(1_000_000, 1_090_000))!.Value, 6);

        var pool = Counted(1_000_000, 1_200_000);
        BracketedRound[] Tested(double candidate) => [new(1_000_000, candidate, 1_200_000), new(1_000_000, candidate, 1_200_000), new(1_000_000, candidate, 1_200_000)];
        Assert.Equal(Verdict.Good, s_engine.Classify(Tested(1_000_000), pool).Verdict);
        Assert.Equal(Verdict.Bad, s_engine.Classify(Tested(1_200_000), pool).Verdict);
        Assert.Equal(Verdict.Unknown, s_engine.Classify(Tested(Math.Sqrt(1_000_000 * 1_200_000.0)), pool).Verdict);
        Assert.False(s_engine.IsRepeatable(Bracketed(18, 3, 110, 0.005)));
    }

    [Theory]
    [InlineData(0.005)]
    [InlineData(0.05)]
    public void The_detectable_shift_is_the_edge_where_the_endpoint_comparison_starts_to_confirm(double noise)
    {
        var noiseOnly = Pairs(11, 20, 100, 100, noise);

        var detectable = s_engine.DetectableShiftPercent(noiseOnly);

        Assert.NotNull(detectable);
        Assert.True(detectable > StatisticsOptions.Default.ThresholdPercent);
        var centre = SignedRankTest.Location(noiseOnly.Select(r => Math.Log(r.Candidate / r.Baseline)).ToArray()).Estimate;
        PairedRound[] Moved(double percent) =>
            noiseOnly.Select(r => r with { Candidate = r.Candidate * Math.Exp(-centre) * (1 + (percent / 100)) }).ToArray();
        Assert.Equal(EndpointOutcome.Regression, s_engine.CompareEndpoints(Moved(detectable.Value + 0.01)).Outcome);
        Assert.NotEqual(EndpointOutcome.Regression, s_engine.CompareEndpoints(Moved(detectable.Value - 0.05)).Outcome);
    }

    [Fact]
    public void Noisier_endpoints_can_only_see_larger_changes_and_too_few_rounds_see_none()
    {
        var quiet = s_engine.DetectableShiftPercent(Pairs(13, 20, 100, 100, 0.005));
        var noisy = s_engine.DetectableShiftPercent(Pairs(13, 20, 100, 100, 0.05));

        Assert.InRange(quiet!.Value, 5, 7);
        Assert.True(noisy > quiet + 3, $"noisy {noisy} vs quiet {quiet}");
        Assert.Null(s_engine.DetectableShiftPercent(Pairs(15, 3, 100, 100, 0.01)));
    }
}
