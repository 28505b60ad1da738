using Bisector.Core.Domain;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace Bisector.Core.Statistics;

/// <summary>
/// Decides good / bad / unknown from rounds of back-to-back runs. Pure: values in, decisions out.
/// </summary>
/// <remarks>
/// A machine's speed drifts (load comes and goes, a CPU throttles), so samples taken minutes apart are not drawn from
/// one distribution. Every decision therefore rests on ratios within a round, where the drift cancels:
/// <list type="bullet">
/// <item>Two revisions (the endpoints, or culprit and parent) are compared by the Wilcoxon signed-rank test on their
/// per-round log ratios, against the threshold.</item>
/// <item>A tested commit is measured in rounds with good and bad. The run's pool of good-vs-bad rounds gives b - g: what
/// c - g looks like when the commit is as slow as bad, and what b - c looks like when it is as fast as good.
/// Perfolizer's Mann-Whitney test compares the commit's b - c with the pool (bad: surely slower than good) and its
/// c - g (good: surely faster than bad), so that three rounds can decide a clear case once the pool is large. A commit
/// like neither endpoint is judged by its position, ln c - (ln g + ln b) / 2, against the pool's centred noise.</item>
/// </list>
/// Every Mann-Whitney test is written as (slower candidate, baseline, Greater): Perfolizer's threshold shifts the
/// first sample, so the mirrored form is not equivalent.
/// </remarks>
public sealed class VerdictEngine(StatisticsOptions options)
{
    /// <summary>The noise of c - (g + b) / 2 against that of b - g, for independent runs of equal noise: sqrt(1.5 / 2).</summary>
    private static readonly double s_positionScale = Math.Sqrt(0.75);

    public StatisticsOptions Options { get; } = options;

    private double Orientation => Options.Direction == Direction.Faster ? -1 : 1;

    /// <summary>Is the candidate slower than the baseline by more than the threshold, in rounds run back to back? Surely not? Faster?</summary>
    public EndpointComparison CompareEndpoints(IReadOnlyList<PairedRound> rounds)
    {
        var change = Change(rounds);
        if (rounds.Count == 0)
        {
            return new EndpointComparison(EndpointOutcome.Unsure, change, 0);
        }

        var (scale, natural) = Ratios(rounds);
        var ratios = natural.Select(r => Orientation * r).ToArray();
        var threshold = scale.Threshold(Options.ThresholdPercent);
        if (IsRepeatable(rounds))
        {
            return new EndpointComparison(CompareRepeatable(scale, ratios, threshold), change, rounds.Count);
        }

        var outcome =
            SignedRankTest.PGreater(Shift(ratios, -threshold)) < Options.Alpha ? EndpointOutcome.Regression
            : SignedRankTest.PGreater(ratios.Select(r => -r - threshold).ToArray()) < Options.Alpha ? EndpointOutcome.Faster
            : SignedRankTest.PGreater(ratios.Select(r => threshold - r).ToArray()) < Options.Alpha ? EndpointOutcome.NoRegression
            : EndpointOutcome.Unsure;
        return new EndpointComparison(outcome, change, rounds.Count);
    }

    /// <summary>
    /// Whether the candidate is surely within the threshold of the baseline both ways (not slower by it and not faster by
    /// it): a segment of a map whose ends agree. <see cref="CompareEndpoints"/>'s "no regression" is one-sided, and a
    /// drop beyond the threshold passes it before the test for "faster" can.
    /// </summary>
    public bool SurelyWithinThreshold(IReadOnlyList<PairedRound> rounds)
    {
        if (rounds.Count == 0)
        {
            return false;
        }

        var (scale, natural) = Ratios(rounds);
        var ratios = natural.Select(r => Orientation * r).ToArray();
        var threshold = scale.Threshold(Options.ThresholdPercent);
        if (IsRepeatable(rounds))
        {
            var margin = scale.Threshold(2 * Options.RepeatablePercent);
            return Math.Abs(Median(ratios)) + margin < threshold;
        }

        return SignedRankTest.PGreater(ratios.Select(r => threshold - r).ToArray()) < Options.Alpha
            && SignedRankTest.PGreater(ratios.Select(r => r + threshold).ToArray()) < Options.Alpha;
    }

    /// <summary>
    /// Bad when the candidate is surely slower than good, not surely faster than bad, and nearer bad; good the other
    /// way round; when it is surely like neither, bad or good when surely nearer that side; otherwise unknown (measure
    /// more, or skip). Each verdict's false-positive rate is at most alpha: calling a commit as fast as good "bad"
    /// needs the first test to pass. <paramref name="pool"/> holds every good-vs-bad round of the run: the noise to judge against.
    /// </summary>
    public Classification Classify(IReadOnlyList<BracketedRound> rounds, IReadOnlyList<PairedRound> pool)
    {
        var classification = ClassifyInRounds(rounds, pool);
        if (rounds.Count == 0)
        {
            return classification;
        }

        var scale = ScaleOf(rounds, pool);
        return classification with { BadShiftPercent = scale.Percent(SignedRankTest.Location(rounds.Select(r => scale.Relative(r.Bad, r.Good)).ToArray()).Estimate) };
    }

    private static Scale ScaleOf(IReadOnlyList<BracketedRound> rounds, IReadOnlyList<PairedRound> pool) =>
        Scale.For(rounds.SelectMany(r => new[] { r.Good, r.Candidate, r.Bad }).Concat(pool.SelectMany(p => new[] { p.Baseline, p.Candidate })));

    private Classification ClassifyInRounds(IReadOnlyList<BracketedRound> rounds, IReadOnlyList<PairedRound> pool)
    {
        var scale = ScaleOf(rounds, pool);
        var positions = rounds.Select(r => Orientation * (scale.Relative(r.Candidate, r.Good) - (scale.Relative(r.Bad, r.Good) / 2))).ToArray();
        var spread = pool.Select(p => Orientation * scale.Relative(p.Candidate, p.Baseline)).ToArray();
        var centre = Median(spread);
        var noise = spread.Select(s => (s - centre) * s_positionScale).ToArray();
        var shiftPercent = scale.Percent(SignedRankTest.Location(rounds.Select(r => scale.Relative(r.Candidate, r.Good)).ToArray()).Estimate);
        if (positions.Length == 0 || noise.Length == 0)
        {
            return new Classification(Verdict.Unknown, 1, 1, shiftPercent);
        }

        if (IsRepeatable(rounds))
        {
            var margin = scale.Threshold(2 * Options.RepeatablePercent);
            var position = Median(positions);
            return position > margin ? new Classification(Verdict.Bad, 0, 1, shiftPercent)
                : position < -margin ? new Classification(Verdict.Good, 1, 0, shiftPercent)
                : new Classification(Verdict.Unknown, 1, 1, shiftPercent);
        }

        // Like good or like bad: the pool's b - g is what c - g looks like when the candidate is as slow as bad, and what
        // b - c looks like when it is as fast as good (the same noise, outliers and all, and no estimate of the step).
        // pBad is small when the candidate is surely slower than good, pGood when it is surely faster than bad.
        var pBad = PGreater(spread, rounds.Select(r => Orientation * scale.Relative(r.Bad, r.Candidate)).ToArray());
        var pGood = PGreater(spread, rounds.Select(r => Orientation * scale.Relative(r.Candidate, r.Good)).ToArray());
        // Either also needs the candidate on its side of the midpoint (the positions' Hodges-Lehmann location), so that a
        // commit that is like neither is never called after the endpoint it merely moved away from.
        var nearer = SignedRankTest.Location(positions).Estimate;
        switch (pBad < Options.Alpha, pGood < Options.Alpha)
        {
            case (true, false):
                return new Classification(nearer > 0 ? Verdict.Bad : Verdict.Unknown, pBad, pGood, shiftPercent);
            case (false, true):
                return new Classification(nearer < 0 ? Verdict.Good : Verdict.Unknown, pBad, pGood, shiftPercent);
            case (false, false):
                return new Classification(Verdict.Unknown, pBad, pGood, shiftPercent);
        }

        // Like neither (another change, or layout, moved it away from both): nearer bad or nearer good, at alpha.
        pBad = PGreater(positions, noise);
        pGood = PGreater(positions.Select(p => -p).ToArray(), noise);
        var verdict = (pBad < Options.Alpha, pGood < Options.Alpha) switch
        {
            (true, false) => Verdict.Bad,
            (false, true) => Verdict.Good,
            _ => Verdict.Unknown,
        };
        return new Classification(verdict, pBad, pGood, shiftPercent);
    }

    /// <summary>Enough rounds of a metric that repeats (every revision's values within <see cref="StatisticsOptions.RepeatablePercent"/>) to decide from the values alone.</summary>
    public bool IsRepeatable(IReadOnlyList<PairedRound> rounds) =>
        rounds.Count >= Options.RepeatableRounds && Repeats(rounds.Select(r => r.Baseline)) && Repeats(rounds.Select(r => r.Candidate));

    /// <inheritdoc cref="IsRepeatable(IReadOnlyList{PairedRound})"/>
    public bool IsRepeatable(IReadOnlyList<BracketedRound> rounds) =>
        rounds.Count >= Options.RepeatableRounds && Repeats(rounds.Select(r => r.Good)) && Repeats(rounds.Select(r => r.Candidate)) && Repeats(rounds.Select(r => r.Bad));

    /// <summary>True when <paramref name="rounds"/> positions against a pool of <paramref name="pool"/> could reach alpha at all.</summary>
    public bool CanClassify(int rounds, int pool) => rounds > 0 && pool > 0 && SmallestMannWhitneyP(rounds, pool) < Options.Alpha;

    /// <summary>True when this many paired rounds could show a difference at alpha.</summary>
    public bool CanCompare(int rounds) => SignedRankTest.SmallestP(rounds) < Options.Alpha;

    /// <summary>
    /// The smallest slowdown, in percent, that <see cref="CompareEndpoints"/> would have confirmed with rounds as many and as
    /// noisy as these: their ratios are centred on zero (on their Hodges-Lehmann location), then shifted up until the test passes. Null when no shift
    /// could pass (too few rounds for this alpha).
    /// </summary>
    public double? DetectableShiftPercent(IReadOnlyList<PairedRound> rounds)
    {
        if (IsRepeatable(rounds))
        {
            return Options.ThresholdPercent + (2 * Options.RepeatablePercent);
        }

        if (rounds.Count == 0 || !CanCompare(rounds.Count))
        {
            return null;
        }

        // Centred on the shift the report states (Hodges-Lehmann), so that a change these rounds did confirm is never
        // said to be below what they could confirm.
        var (scale, ratios) = Ratios(rounds);
        var centred = Shift(ratios, -SignedRankTest.Location(ratios).Estimate);
        var threshold = scale.Threshold(Options.ThresholdPercent);
        bool Detected(double shift) => SignedRankTest.PGreater(Shift(centred, shift - threshold)) < Options.Alpha;

        var high = threshold + (centred.Max() - centred.Min()) + 1e-9;
        var low = threshold;
        for (var i = 0; i < 60 && high - low > 1e-7; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Detected(middle) ? (low, middle) : (middle, high);
        }

        return scale.Percent(high);
    }

    /// <summary>The candidate's change over the baseline from paired rounds: medians, shift with a 95 % interval, p of "slower".</summary>
    public static ChangeSummary Change(IReadOnlyList<PairedRound> rounds)
    {
        if (rounds.Count == 0)
        {
            return new ChangeSummary(0, 0, 0, 0, 0, 1);
        }

        var (scale, ratios) = Ratios(rounds);
        var (estimate, low, high) = SignedRankTest.Location(ratios);
        return new ChangeSummary(
            Summary.Of(rounds.Select(r => r.Baseline).ToArray()).Median,
            Summary.Of(rounds.Select(r => r.Candidate).ToArray()).Median,
            scale.Percent(estimate),
            scale.Percent(low),
            scale.Percent(high),
            SignedRankTest.PGreater(ratios));
    }

    /// <summary>One-sided Mann-Whitney p-value for "x is greater than y".</summary>
    public static double PGreater(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var result = MannWhitneyTest.Instance.Perform(
            new Sample([.. x]), new Sample([.. y]), AlternativeHypothesis.Greater, Threshold.Zero);
        return result.PValue.Value;
    }

    /// <summary>The smallest one-sided Mann-Whitney p-value for samples of n and m: 1 / C(n + m, n).</summary>
    public static double SmallestMannWhitneyP(int n, int m)
    {
        var log = 0.0;
        for (var i = 1; i <= n; i++)
        {
            log += Math.Log(m + i) - Math.Log(i);
        }

        return Math.Exp(-log);
    }

    /// <summary>Each round's candidate relative to its baseline (a log ratio where every value is positive), and the scale used.</summary>
    private static (Scale Scale, double[] Ratios) Ratios(IReadOnlyList<PairedRound> rounds)
    {
        var scale = Scale.For(rounds.SelectMany(r => new[] { r.Baseline, r.Candidate }));
        return (scale, rounds.Select(r => scale.Relative(r.Candidate, r.Baseline)).ToArray());
    }

    /// <summary>A repeatable metric's ratios are known to within twice its spread: decide from them, with that margin.</summary>
    private EndpointOutcome CompareRepeatable(Scale scale, double[] ratios, double threshold)
    {
        var margin = scale.Threshold(2 * Options.RepeatablePercent);
        var ratio = Median(ratios);
        return ratio - margin > threshold ? EndpointOutcome.Regression
            : -ratio - margin > threshold ? EndpointOutcome.Faster
            : ratio + margin < threshold ? EndpointOutcome.NoRegression
            : EndpointOutcome.Unsure;
    }

    private bool Repeats(IEnumerable<double> values)
    {
        var all = values.ToArray();
        var median = Median(all);
        return median != 0 && all.All(v => Math.Abs(v - median) <= Math.Abs(median) * Options.RepeatablePercent / 100);
    }

    private static double Median(IReadOnlyList<double> values) => values.Count == 0 ? 0 : Summary.MedianOfSorted(values.Order().ToArray());

    private static double[] Shift(IReadOnlyList<double> values, double delta) => values.Select(v => v + delta).ToArray();

    /// <summary>
    /// How two values compare: the log of their ratio when every value is positive (times, counts), else their
    /// difference relative to the typical magnitude (a benchmark that prints zero or negative numbers).
    /// </summary>
    private readonly record struct Scale(bool Logarithmic, double Magnitude)
    {
        public static Scale For(IEnumerable<double> values)
        {
            var all = values.ToArray();
            return all.All(v => v > 0)
                ? new Scale(true, 1)
                : new Scale(false, Math.Max(Median(all.Select(Math.Abs).ToArray()), double.Epsilon));
        }

        public double Relative(double candidate, double reference) =>
            Logarithmic ? Math.Log(candidate / reference) : (candidate - reference) / Magnitude;

        public double Threshold(double percent) => Logarithmic ? Math.Log(1 + (percent / 100)) : percent / 100;

        public double Percent(double relative) => Logarithmic ? (Math.Exp(relative) - 1) * 100 : relative * 100;
    }
}
