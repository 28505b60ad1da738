using System.Globalization;
using Bisector.Core.Search;

namespace Bisector.Bench;

/// <summary>
/// The by-hand recipe (the median of N runs per commit against the midpoint of the endpoints' medians, as the cost bench's
/// script does) at growing N, on the steady machine's clear steps: the N at which it is as often right as Bisector, so
/// that cost is compared at equal accuracy and not against a script that is often wrong.
/// </summary>
internal static class EqualAccuracy
{
    private static readonly int[] s_ladder = [1, 3, 5, 9, 15, 25, 41, 61];

    /// <summary>Prints each N's accuracy and the smallest N that reaches <paramref name="target"/> percent correct; returns that N, or null.</summary>
    public static int? Run(int trials, IReadOnlyList<int> lengths, IReadOnlyList<(double Effect, double Noise)> pairs, double target)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"By hand at equal accuracy (median of N per commit vs the endpoints' midpoint; steady machine, effects of at least 3 sd, {trials} bisections per row; Bisector: {target:0.00}% correct):"));
        int? equal = null;
        foreach (var n in s_ladder)
        {
            var (correct, wrong, total, samples) = (0, 0, 0, 0L);
            foreach (var length in lengths)
            {
                foreach (var (effect, noise) in pairs.Where(p => p.Effect > 0 && p.Effect / p.Noise >= 3))
                {
                    for (var trial = 0; trial < trials; trial++)
                    {
                        var seed = unchecked((length * 7919) ^ (int)(effect * 10000) * 31 ^ (int)(noise * 10000) * 17 ^ trial);
                        var culprit = 1 + new Random(seed).Next(length - 1);
                        var outcome = ByHand(new Scenario(length, culprit, effect, new NoiseModel(noise, false), DriftKind.None), seed, n);
                        correct += outcome.Verdict == Verdict.Correct ? 1 : 0;
                        wrong += outcome.Verdict == Verdict.False ? 1 : 0;
                        samples += outcome.TotalSamples;
                        total++;
                    }
                }
            }

            var percent = 100.0 * correct / total;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  N = {n,2}: {percent:0.00}% correct, {100.0 * wrong / total:0.00}% false, {(double)samples / total:0} runs per bisection"));
            if (equal is null && percent >= target)
            {
                equal = n;
            }
        }

        Console.WriteLine(equal is { } found
            ? $"  Equal accuracy at N = {found} (the cost bench's by-hand script takes --baseline-runs N)"
            : $"  No N up to {s_ladder[^1]} reaches it");
        return equal;
    }

    /// <summary>The median of <paramref name="n"/> runs per commit, bad above the midpoint of the endpoints' medians.</summary>
    public static Outcome ByHand(Scenario scenario, int seed, int n)
    {
        var random = new Random(seed);
        var drift = scenario.NewDrift(seed);
        double Median(int index)
        {
            var values = Enumerable.Range(0, n).Select(_ => scenario.Measure(index, random, drift)).Order().ToArray();
            return values[n / 2];
        }

        var good = Median(0);
        var bad = Median(scenario.Length - 1);
        if (bad <= good)
        {
            return new Outcome(Verdict.NoRegression, 0, 0, 2 * n);
        }

        var midpoint = (good + bad) / 2;
        var search = new BisectionSearch(scenario.Length - 1);
        var tested = 0;
        SearchDecision decision;
        while ((decision = search.Next()) is SearchDecision.Test test)
        {
            search.Record(test.Index, Median(test.Index + 1) > midpoint ? Core.Domain.Verdict.Bad : Core.Domain.Verdict.Good);
            tested++;
        }

        var named = ((SearchDecision.Culprit)decision).Index + 1;
        return new Outcome(named == scenario.Culprit ? Verdict.Correct : Verdict.False, tested * n, tested, (2 + tested) * n);
    }
}
