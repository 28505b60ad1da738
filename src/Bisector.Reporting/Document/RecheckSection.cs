using Bisector.Reporting.Text;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Document;

/// <summary>The culprit measured again against its parent, and, when time decided, both counted in instructions.</summary>
/// <param name="Measured">What was measured and what it showed, up to the outcome.</param>
/// <param name="Outcome">"confirmed" or "not confirmed".</param>
/// <param name="Instructions">Time and instructions side by side; null when the instructions were not counted.</param>
/// <param name="Finding">The instruction finding's name ("more-instructions"); null with <paramref name="Instructions"/>.</param>
/// <param name="FindingText">What the finding means for this culprit.</param>
public sealed record RecheckSection(string Measured, string Outcome, ReportTable? Instructions, string? Finding, string? FindingText)
    : ReportSection("recheck", "Re-check against the parent")
{
    public static RecheckSection? Of(BisectResult result)
    {
        if (result.Verification is not { } verification)
        {
            return null;
        }

        var unit = result.Request.Unit;
        var change = verification.Change;
        var measured = $"`{verification.CommitSha[..Math.Min(10, verification.CommitSha.Length)]}` measured again in paired rounds (A B B A) against its parent " +
            $"`{verification.ParentSha[..Math.Min(10, verification.ParentSha.Length)]}`: {Format.Number(change.BaselineMedian)} → {Format.Number(change.RegressedMedian)} {unit}, " +
            $"shift {Format.Percent(change.ShiftPercent)} (95 % {Format.Percent(change.ShiftLowPercent)} to {Format.Percent(change.ShiftHighPercent)}), p {Format.PValue(change.PValue)}";
        var outcome = verification.Confirmed ? "confirmed" : "not confirmed";
        if (result.Instructions is not { } instructions)
        {
            return new(measured, outcome, null, null, null);
        }

        var table = new ReportTable(
            [new(""), new("parent", CellKind.Number), new("culprit", CellKind.Number), new("change", CellKind.Number)],
            [
                [$"{result.Request.Metric} (median)", $"{Format.Number(change.BaselineMedian)} {unit}", $"{Format.Number(change.RegressedMedian)} {unit}", Format.Percent(instructions.TimeShiftPercent)],
                [$"{instructions.Metric} instructions (median)", Format.Count(Summary.Of(instructions.ParentValues).Median), Format.Count(Summary.Of(instructions.CulpritValues).Median), Format.Percent(instructions.ChangePercent)],
            ]);
        return new(measured, outcome, table, ReportNames.Finding(instructions.Finding), InstructionText.Explain(instructions));
    }
}
