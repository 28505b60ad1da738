using Bisector.Core.Statistics;

namespace Bisector.Reporting.Json;

/// <summary>A change between two samples: the medians, the Hodges-Lehmann shift with its interval, and the p-value.</summary>
internal sealed record ChangeJson(double BaselineMedian, double RegressedMedian, double ShiftPercent, double ShiftLowPercent, double ShiftHighPercent, double PValue)
{
    public static ChangeJson? Of(ChangeSummary? change) => change is null
        ? null
        : new(change.BaselineMedian, change.RegressedMedian, Math.Round(change.ShiftPercent, 3), Math.Round(change.ShiftLowPercent, 3), Math.Round(change.ShiftHighPercent, 3), change.PValue);
}
