namespace Bisector.Core.Statistics;

/// <summary>Median of a sample with a distribution-free 95 % confidence interval.</summary>
public sealed record Summary(int Count, double Median, double MedianLow, double MedianHigh, double Min, double Max)
{
    public static Summary Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("A summary needs at least one value.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var (low, high) = MedianInterval(sorted.Length);
        return new Summary(sorted.Length, MedianOfSorted(sorted), sorted[low], sorted[high], sorted[0], sorted[^1]);
    }

    public static double MedianOfSorted(IReadOnlyList<double> sorted)
    {
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>Order statistics that bracket the median with at least 95 % coverage (binomial).</summary>
    private static (int Low, int High) MedianInterval(int n)
    {
        if (n < 6)
        {
            return (0, n - 1);
        }

        // Largest k with P(Binomial(n, 1/2) < k) <= 2.5 %: the interval [x(k), x(n-k+1)] covers the median.
        var cumulative = 0.0;
        var k = 0;
        for (var i = 0; i <= n; i++)
        {
            var next = cumulative + BinomialHalf(n, i);
            if (next > 0.025)
            {
                k = i;
                break;
            }

            cumulative = next;
        }

        k = Math.Max(k, 1);
        return (k - 1, n - k);
    }

    private static double BinomialHalf(int n, int i)
    {
        var logChoose = LogFactorial(n) - LogFactorial(i) - LogFactorial(n - i);
        return Math.Exp(logChoose - (n * Math.Log(2)));
    }

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
