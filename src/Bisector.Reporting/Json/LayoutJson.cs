using Bisector.Core.Session;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Json;

/// <summary>One comparison made over code layouts (the contract's layouts entries).</summary>
internal sealed record LayoutJson(
    string Baseline,
    string Candidate,
    int Count,
    string Method,
    double BaselineSpreadPercent,
    double CandidateSpreadPercent,
    string Finding,
    double ShiftPercent,
    double ShiftLowPercent,
    double ShiftHighPercent,
    double DefaultShiftPercent)
{
    /// <summary>Null when no comparison was made over layouts, so that reports without one keep their shape.</summary>
    public static IReadOnlyList<LayoutJson>? Of(BisectResult result) => result.Layouts.Count == 0
        ? null
        : [.. result.Layouts.Select(e => new LayoutJson(
            e.Baseline.Sha,
            e.Candidate.Sha,
            e.Verdict.Layouts,
            e.Method,
            Math.Round(e.Verdict.Baseline.SpreadPercent, 3),
            Math.Round(e.Verdict.Candidate.SpreadPercent, 3),
            LayoutText.Name(e.Verdict.Finding),
            Math.Round(e.Verdict.ShiftPercent, 3),
            Math.Round(e.Verdict.LowPercent, 3),
            Math.Round(e.Verdict.HighPercent, 3),
            Math.Round(e.Verdict.DefaultShiftPercent, 3)))];
}
