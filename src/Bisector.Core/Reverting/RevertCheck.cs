using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Core.Reverting;

/// <summary>
/// The culprit undone at the tip and measured against the tip with the re-check's paired statistics: "reverting A on top
/// of main recovers -8.1 % of the +8.8 %". The strongest evidence that the named commit still matters there.
/// </summary>
/// <param name="Conflicts">Where undoing the culprit conflicts with what came after it; empty when it reverted cleanly.</param>
/// <param name="Change">The reverted tip against the tip (its shift is what reverting recovers); null when not measured.</param>
/// <param name="RecoveredSharePercent">How much of the change being explained the revert takes back; null without a change to explain.</param>
/// <param name="NotBuilt">True when the reverted tip did not build.</param>
/// <param name="ExplainedShiftPercent">
/// The change the culprit is said to explain, measured as the revert is (over its layouts when it was); null when it was
/// not measured so.
/// </param>
public sealed record RevertCheck(
    string CulpritSha, string TipSha, string? RevertSha, IReadOnlyList<string> Conflicts, ChangeSummary? Change, double? ExplainedShiftPercent, double? RecoveredSharePercent, bool NotBuilt)
{
    /// <summary>The revert was made, built and measured.</summary>
    public bool Applied => Change is not null;

    /// <summary>
    /// The reverted tip against the tip measured again over code layouts, when the run's time verdicts were taken that way;
    /// its shift is then what reverting recovers (<see cref="RecoveredSharePercent"/> is of it), the default builds' in <see cref="Change"/>.
    /// </summary>
    public LayoutEvidence? OverLayouts { get; init; }

    /// <summary>
    /// The change being explained measured again over the revert's layouts, when it had been measured on the default builds
    /// alone (the revert went over layouts because its time and instructions disagreed): <see cref="ExplainedShiftPercent"/>
    /// and the share are then this one's, so that both sides of the share were measured the same way.
    /// </summary>
    public LayoutEvidence? ExplainedOverLayouts { get; init; }

    /// <summary>
    /// The reverted tip's executed instructions against the tip's, in percent, when they were counted (a time metric with
    /// an instruction counter, and the revert not measured over layouts from the start); null otherwise.
    /// </summary>
    public double? InstructionShiftPercent { get; init; }

    /// <summary>What reverting recovers, with its 95 % interval: over the layouts when measured so, else the default builds'.</summary>
    public (double Shift, double Low, double High)? Recovery =>
        OverLayouts is { Verdict: var verdict } ? (verdict.ShiftPercent, verdict.LowPercent, verdict.HighPercent)
        : Change is { } change ? (change.ShiftPercent, change.ShiftLowPercent, change.ShiftHighPercent)
        : null;

    /// <summary>
    /// The share of a change that a revert's shift takes back, both as level differences: (tip - reverted) / (tip - before),
    /// where the change is <paramref name="explainedShiftPercent"/> from before to tip and the revert's
    /// <paramref name="revertShiftPercent"/> from tip to reverted.
    /// </summary>
    public static double? Recovered(double revertShiftPercent, double? explainedShiftPercent) =>
        explainedShiftPercent is { } shift && Math.Abs(shift) > 1e-9 ? -revertShiftPercent * (100 + shift) / shift : null;
}
