using Bisector.Core.Reverting;

namespace Bisector.Reporting.Text;

/// <summary>The words of the revert check: what undoing the culprit at the tip takes back, or why it was not measured.</summary>
public static class RevertText
{
    /// <summary>
    /// "Reverting `a1b2c3d4e5` on top of main (`f6e5d4c3b2`) recovers -8.1 % of the +8.8 % (95 % -8.9 % to -7.3 %; 100.2 %
    /// of the change; instructions -6.0 %)", or why nothing was measured.
    /// </summary>
    public static string Check(RevertCheck check, string? tipName)
    {
        var culprit = $"`{Format.Sha(check.CulpritSha)}`";
        var tip = tipName is null ? $"`{Format.Sha(check.TipSha)}`" : $"{tipName} (`{Format.Sha(check.TipSha)}`)";
        if (check.Conflicts.Count > 0)
        {
            return $"{culprit} does not revert cleanly on top of {tip}: undoing it conflicts in {string.Join(", ", check.Conflicts.Select(p => $"`{p}`"))}; nothing was measured";
        }

        if (check.Change is not { } change)
        {
            return check.NotBuilt
                ? $"{culprit} reverted on top of {tip} does not build; nothing was measured"
                : $"{culprit} reverted on top of {tip} was not measured";
        }

        var (shift, low, high) = check.Recovery ?? (change.ShiftPercent, change.ShiftLowPercent, change.ShiftHighPercent);
        var interval = $"95 % {Format.Percent(low)} to {Format.Percent(high)}";
        var layouts = check.OverLayouts is { Verdict.Layouts: var count } ? $" over {count} code layouts" : "";
        var work = check.InstructionShiftPercent is { } instructions ? $"; instructions {Format.Percent(instructions)}" : "";
        return check.ExplainedShiftPercent is { } explained
            ? $"Reverting {culprit} on top of {tip} recovers {Format.Percent(shift)} of the {Format.Percent(explained)}{layouts} ({interval}" +
              (check.RecoveredSharePercent is { } share ? $"; {Format.Share(share)} of the change{work})" : $"{work})")
            : $"Reverting {culprit} on top of {tip} changes it by {Format.Percent(shift)}{layouts} ({interval}{work})";
    }

    /// <summary>"`a1b2c3d4e5` (+5.4 %) is not reverted: `0f9e8d7c6b` undid it, so nothing of it is left at the tip".</summary>
    public static string NotReverted(UndoneStepNotReverted step) =>
        $"`{step.Step.ShortSha}` ({Format.Percent(step.ShiftPercent)}) is not reverted: `{step.UndoneBy.ShortSha}` undid it, so nothing of it is left at the tip";
}
