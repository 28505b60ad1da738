namespace Bisector.Core.Statistics;

/// <summary>
/// The Wilcoxon signed-rank test and its Hodges-Lehmann estimate, for paired differences (one value per round of
/// back-to-back runs). Exact p-values from the permutation distribution of the signs, with mid-ranks for ties, so
/// that a deterministic metric (every difference the same) gets the exact 2^-n it deserves. Pure.
/// </summary>
public static class SignedRankTest
{
    /// <summary>One-sided p-value for "the differences are centred above zero". Zeros carry no sign and are dropped.</summary>
    public static double PGreater(IReadOnlyList<double> differences)
    {
        var nonZero = differences.Where(d => d != 0 && double.IsFinite(d)).ToArray();
        var n = nonZero.Length;
        if (n == 0)
        {
            return 1;
        }

        // Doubled mid-ranks of |d| are integers: the exact distribution is a sum over integer weights.
        var order = nonZero.Select((d, i) => (Abs: Math.Abs(d), Index: i)).OrderBy(x => x.Abs).ToArray();
        var ranks = new int[n];
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && order[end + 1].Abs == order[start].Abs)
            {
                end++;
            }

            var doubledMidRank = start + 1 + end + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k].Index] = doubledMidRank;
            }

            start = end + 1;
        }

        var observed = 0;
        for (var i = 0; i < n; i++)
        {
            if (nonZero[i] > 0)
            {
                observed += ranks[i];
            }
        }

        // P(W+ >= observed) when each sign is + or - with probability 1/2.
        var total = ranks.Sum();
        var distribution = new double[total + 1];
        distribution[0] = 1;
        var reach = 0;
        foreach (var rank in ranks)
        {
            for (var s = reach; s >= 0; s--)
            {
                if (distribution[s] == 0)
                {
                    continue;
                }

                var half = distribution[s] / 2;
                distribution[s] = half;
                distribution[s + rank] += half;
            }

            reach += rank;
        }

        var p = 0.0;
        for (var s = observed; s <= total; s++)
        {
            p += distribution[s];
        }

        return Math.Min(1, p);
    }

    /// <summary>The smallest p-value n differences can give: 2^-n, when all point the same way.</summary>
    public static double SmallestP(int n) => Math.Pow(2, -n);

    /// <summary>The Hodges-Lehmann location of paired differences (median of the Walsh averages) with a 95 % interval.</summary>
    public static (double Estimate, double Low, double High) Location(IReadOnlyList<double> differences)
    {
        var n = differences.Count;
        if (n == 0)
        {
            return (0, 0, 0);
        }

        var walsh = new List<double>(n * (n + 1) / 2);
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                walsh.Add((differences[i] + differences[j]) / 2);
            }
        }

        walsh.Sort();
        var m = walsh.Count;
        var cut = (int)Math.Floor((n * (n + 1) / 4.0) - (1.96 * Math.Sqrt(n * (n + 1) * ((2 * n) + 1) / 24.0)));
        cut = Math.Clamp(cut, 0, (m - 1) / 2);
        return (Summary.MedianOfSorted(walsh), walsh[cut], walsh[m - 1 - cut]);
    }
}
