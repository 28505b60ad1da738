using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Reporting.Charts;

/// <summary>One tested commit on the chart: where it sits in history, its value with a 95 % interval where known, and its mark.</summary>
/// <param name="X">Its place in history order, 0 for the oldest tested commit.</param>
/// <param name="Y">Its shift against good in percent (<see cref="ChartScale.AgainstGood"/>) or its median; null for a commit never measured.</param>
/// <param name="Interval">The 95 % interval around <paramref name="Y"/>, where one was estimated.</param>
/// <param name="Values">The raw samples, drawn on the absolute scale only.</param>
/// <param name="BadLevel">Bad's shift against good in the rounds that measured this commit (<see cref="ChartScale.AgainstGood"/>): the level it was told apart from.</param>
internal sealed record ChartPoint(int X, string Label, CommitInfo Commit, string Role, VerdictMark Mark, double? Y, (double Low, double High)? Interval, IReadOnlyList<double> Values, bool IsCulprit, double? BadLevel = null);

/// <summary>What the chart's y axis shows.</summary>
internal enum ChartScale
{
    /// <summary>Each commit's shift against good, from the rounds that measured them back to back: what its verdict compared.</summary>
    AgainstGood,

    /// <summary>Each commit's median: only for results whose commits were not measured against references (the endpoints alone).</summary>
    Absolute,
}

/// <summary>
/// The metric over the tested commits in history order: what the report's chart draws, as values. When the search
/// measured commits beside good and bad, the chart shows what the verdicts compared (each commit against good, in the
/// same rounds), not medians taken minutes apart, which would mix the machine's drift into the picture.
/// </summary>
internal sealed record MetricChart(string Title, string XLabel, string YLabel, ChartScale Scale, IReadOnlyList<ChartPoint> Points, double? BadShiftPercent)
{
    /// <summary>The chart of a result, or null when no commit was measured.</summary>
    public static MetricChart? Of(BisectResult result)
    {
        if (!result.Steps.Any(s => s.Summary is not null))
        {
            return null;
        }

        var scale = result.Change is not null && result.Steps.Any(s => s.Classification is not null) ? ChartScale.AgainstGood : ChartScale.Absolute;
        var points = HistoryOrder.Of(result.Steps)
            .Select((step, x) =>
            {
                var (y, interval) = scale == ChartScale.AgainstGood ? AgainstGood(step, result.Change!) : Absolute(step);
                return new ChartPoint(
                    x,
                    step.Commit.ShortSha,
                    step.Commit,
                    ReportNames.Role(step.Role),
                    VerdictMark.Of(step.Verdict),
                    y,
                    interval,
                    scale == ChartScale.Absolute ? step.Values : [],
                    step.Commit.Sha == result.Culprit?.Sha,
                    scale == ChartScale.AgainstGood ? step.Classification?.BadShiftPercent : null);
            })
            .ToArray();
        var request = result.Request;
        return scale == ChartScale.AgainstGood
            ? new MetricChart(
                $"{request.Benchmark}: each tested commit against good, measured beside it",
                "tested commits in history order, oldest first",
                $"{request.Metric}: % against good in the same rounds, lower is better",
                scale,
                points,
                result.Change!.ShiftPercent)
            : new MetricChart(
                $"{request.Benchmark}: median and 95 % interval of each tested commit",
                "tested commits in history order, oldest first",
                $"{request.Metric} ({request.Unit}), lower is better",
                scale,
                points,
                null);
    }

    /// <summary>Good at 0; bad at the endpoints' shift with its interval; a searched commit at the shift its verdict measured.</summary>
    private static (double?, (double, double)?) AgainstGood(StepRecord step, Core.Statistics.ChangeSummary change) => step.Role switch
    {
        StepRole.Good when step.Summary is not null => (0, null),
        StepRole.Bad when step.Summary is not null => (change.ShiftPercent, (change.ShiftLowPercent, change.ShiftHighPercent)),
        _ when step.Classification is { } classification => (classification.ShiftPercent, null),
        // A merge's branch ends are measured in rounds of their own: placed by their median against good's.
        _ when step.Summary is { } summary && change.BaselineMedian != 0 => (((summary.Median / change.BaselineMedian) - 1) * 100, null),
        _ => (null, null),
    };

    private static (double?, (double, double)?) Absolute(StepRecord step) =>
        step.Summary is { } summary ? (summary.Median, (summary.MedianLow, summary.MedianHigh)) : (null, null);

    /// <summary>The lowest and highest value drawn: intervals, raw samples, the reference lines and the place of unmeasured commits.</summary>
    public (double Low, double High) ValueRange
    {
        get
        {
            var (low, high) = MeasuredRange();
            return (Points.Any(p => p.Y is null) ? UnmeasuredY : low, high);
        }
    }

    /// <summary>Where a commit that was never measured is drawn: just below the lowest value measured.</summary>
    public double UnmeasuredY
    {
        get
        {
            var (low, high) = MeasuredRange();
            return low - (Math.Max(high - low, Math.Max(Math.Abs(low) * 0.01, 1e-9)) * 0.08);
        }
    }

    private (double Low, double High) MeasuredRange()
    {
        var values = Points.SelectMany(p => p.Values
                .Concat(p.Y is { } y ? [y] : [])
                .Concat(p.Interval is { } i ? [i.Low, i.High] : [])
                .Concat(p.BadLevel is { } bad ? [bad] : []))
            .Concat(Scale == ChartScale.AgainstGood ? [0.0] : [])
            .ToArray();
        return (values.Min(), values.Max());
    }
}
