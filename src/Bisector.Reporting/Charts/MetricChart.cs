using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Charts;

/// <summary>One tested commit on the chart: where it sits in history, its median with a 95 % interval, and its mark.</summary>
/// <param name="X">Its place in history order, 0 for the oldest tested commit.</param>
/// <param name="Summary">Median and interval; null for a commit that was never measured (it did not build).</param>
internal sealed record ChartPoint(int X, string Label, CommitInfo Commit, string Role, VerdictMark Mark, Summary? Summary, IReadOnlyList<double> Values, bool IsCulprit);

/// <summary>The metric over the tested commits in history order: what the report's chart draws, as values.</summary>
internal sealed record MetricChart(string Title, string XLabel, string YLabel, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The chart of a result, or null when no commit was measured.</summary>
    public static MetricChart? Of(BisectResult result)
    {
        if (!result.Steps.Any(s => s.Summary is not null))
        {
            return null;
        }

        var points = HistoryOrder.Of(result.Steps)
            .Select((step, x) => new ChartPoint(
                x,
                step.Commit.ShortSha,
                step.Commit,
                step.Role,
                VerdictMark.Of(step.Verdict),
                step.Summary,
                step.Values,
                step.Commit.Sha == result.Culprit?.Sha))
            .ToArray();
        return new MetricChart(
            $"{result.Request.Benchmark}: median and 95 % interval of each tested commit",
            "tested commits in history order, oldest first",
            $"{result.Request.Metric} ({result.Request.Unit}), lower is better",
            points);
    }

    /// <summary>The lowest and highest value drawn: intervals, raw samples and the place of unmeasured commits.</summary>
    public (double Low, double High) ValueRange
    {
        get
        {
            var (low, high) = MeasuredRange();
            return (Points.Any(p => p.Summary is null) ? UnmeasuredY : low, high);
        }
    }

    /// <summary>Where a commit that was never measured is drawn: just below the lowest value measured.</summary>
    public double UnmeasuredY
    {
        get
        {
            var (low, high) = MeasuredRange();
            return low - (Math.Max(high - low, Math.Abs(low) * 0.01) * 0.08);
        }
    }

    private (double Low, double High) MeasuredRange()
    {
        var values = Points.SelectMany(p => p.Summary is { } s ? p.Values.Append(s.MedianLow).Append(s.MedianHigh) : p.Values).ToArray();
        return (values.Min(), values.Max());
    }
}
