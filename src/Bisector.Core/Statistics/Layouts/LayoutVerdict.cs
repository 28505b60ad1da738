namespace Bisector.Core.Statistics.Layouts;

/// <summary>A time comparison taken over several layouts of both sides.</summary>
/// <param name="Layouts">How many layouts each side ran in.</param>
/// <param name="ShiftPercent">The candidate against the baseline over the layouts (the location of every round's log ratio).</param>
/// <param name="LowPercent">Its 95 % interval's low end: the spread over layouts is in it.</param>
/// <param name="DefaultShiftPercent">The shift between the default builds (layout 0) alone: what one build per commit would have said.</param>
/// <param name="Baseline">The baseline's per-layout medians, lowest to highest.</param>
/// <param name="Candidate">The candidate's per-layout medians, lowest to highest.</param>
public sealed record LayoutVerdict(
    int Layouts,
    double ShiftPercent,
    double LowPercent,
    double HighPercent,
    double DefaultShiftPercent,
    LayoutSpan Baseline,
    LayoutSpan Candidate,
    LayoutFinding Finding)
{
    /// <summary>Which way the executed instructions moved (1, -1, 0 for the same work) as the verdict weighed them; null when not counted.</summary>
    public int? WorkDirection { get; init; }

    /// <summary>Whether the 95 % interval over layouts excludes no change: the code surely moved the time, by however much.</summary>
    public bool ExcludesZero => LowPercent > 0 || HighPercent < 0;

    /// <summary>How much of the default builds' shift is placement: the default shift less the shift over layouts.</summary>
    public double PlacementPercent => DefaultShiftPercent - ShiftPercent;
}
