using Bisector.Core.Domain;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace Bisector.Core.Statistics;

/// <summary>
/// Decides good / bad / unknown from samples, with Perfolizer's Mann-Whitney test and the
/// Hodges-Lehmann shift. Lower values are better. Pure: values in, decisions out.
/// </summary>
/// <remarks>
/// Every test is written as (slower candidate, baseline, Greater): Perfolizer's threshold shifts the
/// first sample, so the mirrored form is not equivalent. Thresholds are applied by shifting the values
/// here, in the sample's own unit.
/// </remarks>
public sealed class VerdictEngine(StatisticsOptions options)
{
    public StatisticsOptions Options { get; } = options;

    /// <summary>Is bad slower than good by more than the threshold? Is it surely not?</summary>
    public EndpointComparison CompareEndpoints(IReadOnlyList<double> good, IReadOnlyList<double> bad)
    {
        var goodMedian = Summary.Of(good).Median;
        var threshold = Math.Abs(goodMedian) * Options.ThresholdPercent / 100;
        var change = Change(good, bad);

        // Regression: bad, made faster by the threshold, is still slower than good.
        var pRegression = PGreater(Shift(bad, -threshold), good);
        if (pRegression < Options.Alpha)
        {
            return new EndpointComparison(EndpointOutcome.Regression, change);
        }

        // No regression: good, made slower by the threshold, is slower than bad.
        var pNoRegression = PGreater(Shift(good, threshold), bad);
        if (pNoRegression < Options.Alpha)
        {
            return new EndpointComparison(EndpointOutcome.NoRegression, change);
        }

        return new EndpointComparison(EndpointOutcome.Unsure, change);
    }

    /// <summary>
    /// Bad when the candidate is slower than good by more than half the regression; good when bad is slower
    /// than the candidate by more than half of it; otherwise unknown (measure more, or skip).
    /// </summary>
    public Classification Classify(IReadOnlyList<double> candidate, IReadOnlyList<double> good, IReadOnlyList<double> bad)
    {
        var regression = HodgesLehmann(bad, good);
        var half = Math.Max(regression, 0) / 2;
        var pBad = PGreater(Shift(candidate, -half), good);
        var pGood = PGreater(Shift(bad, -half), candidate);
        var shiftPercent = Percent(HodgesLehmann(candidate, good), Summary.Of(good).Median);

        var verdict = (pBad < Options.Alpha, pGood < Options.Alpha) switch
        {
            (true, false) => Verdict.Bad,
            (false, true) => Verdict.Good,
            _ => Verdict.Unknown,
        };
        return new Classification(verdict, pBad, pGood, shiftPercent);
    }

    /// <summary>
    /// The smallest slowdown between good and bad, in percent of good, that <see cref="CompareEndpoints"/> would have
    /// confirmed with samples as many and as noisy as these: bad is moved onto good's median, then shifted up until the
    /// test passes. Null when no shift could pass (too few samples for this alpha).
    /// </summary>
    public double? DetectableShiftPercent(IReadOnlyList<double> good, IReadOnlyList<double> bad)
    {
        var goodMedian = Summary.Of(good).Median;
        var threshold = Math.Abs(goodMedian) * Options.ThresholdPercent / 100;
        var centered = Shift(bad, goodMedian - Summary.Of(bad).Median);
        bool Detected(double shift) => PGreater(Shift(centered, shift - threshold), good) < Options.Alpha;

        // Past this shift the two samples no longer overlap: the smallest p-value the sizes allow.
        var high = threshold + (Math.Max(good.Max(), centered.Max()) - Math.Min(good.Min(), centered.Min())) + (Math.Abs(goodMedian) * 1e-9) + double.Epsilon;
        if (!Detected(high))
        {
            return null;
        }

        var low = threshold;
        for (var i = 0; i < 50 && high - low > Math.Abs(goodMedian) * 1e-6; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Detected(middle) ? (low, middle) : (middle, high);
        }

        return Percent(high, goodMedian);
    }

    /// <summary>The shift of <paramref name="regressed"/> over <paramref name="baseline"/>, with a 95 % interval.</summary>
    public static ChangeSummary Change(IReadOnlyList<double> baseline, IReadOnlyList<double> regressed)
    {
        var baseMedian = Summary.Of(baseline).Median;
        var (low, high) = ShiftInterval(regressed, baseline);
        return new ChangeSummary(
            baseMedian,
            Summary.Of(regressed).Median,
            Percent(HodgesLehmann(regressed, baseline), baseMedian),
            Percent(low, baseMedian),
            Percent(high, baseMedian),
            PGreater(regressed, baseline));
    }

    /// <summary>One-sided Mann-Whitney p-value for "x is greater than y".</summary>
    public static double PGreater(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var result = MannWhitneyTest.Instance.Perform(
            new Sample([.. x]), new Sample([.. y]), AlternativeHypothesis.Greater, Threshold.Zero);
        return result.PValue.Value;
    }

    public static double HodgesLehmann(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        Toolkit.Shift(new Sample([.. x]), new Sample([.. y])).NominalValue;

    private static double Percent(double delta, double baseline) => baseline == 0 ? 0 : delta / Math.Abs(baseline) * 100;

    private static double[] Shift(IReadOnlyList<double> values, double delta) => values.Select(v => v + delta).ToArray();

    /// <summary>Distribution-free 95 % interval of the Hodges-Lehmann shift, from the pairwise differences.</summary>
    private static (double Low, double High) ShiftInterval(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var diffs = new double[x.Count * y.Count];
        var k = 0;
        foreach (var a in x)
        {
            foreach (var b in y)
            {
                diffs[k++] = a - b;
            }
        }

        Array.Sort(diffs);
        double n = x.Count, m = y.Count;
        var cut = (int)Math.Floor((n * m / 2) - (1.96 * Math.Sqrt(n * m * (n + m + 1) / 12)));
        cut = Math.Clamp(cut, 0, (diffs.Length - 1) / 2);
        return (diffs[cut], diffs[diffs.Length - 1 - cut]);
    }
}
