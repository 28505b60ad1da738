using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Json;

/// <summary>One endpoint's samples: how many, the median with its interval, the range and the spread.</summary>
internal sealed record SpreadJson(int Samples, double Median, double MedianLow, double MedianHigh, double Min, double Max, double SpreadPercent)
{
    public static SpreadJson Of(Summary summary) =>
        new(summary.Count, summary.Median, summary.MedianLow, summary.MedianHigh, summary.Min, summary.Max, Math.Round(EndpointNoise.SpreadPercent(summary), 3));
}
