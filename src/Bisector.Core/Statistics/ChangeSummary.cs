namespace Bisector.Core.Statistics;

/// <summary>
/// How much slower one revision is than a baseline: the medians of the raw values, the Hodges-Lehmann shift of the
/// paired per-round ratios with its 95 % interval, and the signed-rank p-value of "slower".
/// </summary>
public sealed record ChangeSummary(
    double BaselineMedian,
    double RegressedMedian,
    double ShiftPercent,
    double ShiftLowPercent,
    double ShiftHighPercent,
    double PValue);
