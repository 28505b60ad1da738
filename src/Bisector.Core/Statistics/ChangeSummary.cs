namespace Bisector.Core.Statistics;

/// <summary>How much slower one sample is than a baseline (Hodges-Lehmann shift, Mann-Whitney p-value).</summary>
public sealed record ChangeSummary(
    double BaselineMedian,
    double RegressedMedian,
    double ShiftPercent,
    double ShiftLowPercent,
    double ShiftHighPercent,
    double PValue);
