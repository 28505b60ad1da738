using Bisector.Reporting.Text;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Json;

/// <summary>The endpoints in time and in instructions, side by side, and whether they agree (the contract's timeVsInstructions).</summary>
internal sealed record TimeVsInstructionsJson(
    string Finding,
    double TimeShiftPercent,
    double InstructionShiftPercent,
    double? DetectableTimeShiftPercent,
    string InstructionMetric,
    double GoodInstructions,
    double BadInstructions,
    string Explanation)
{
    public static TimeVsInstructionsJson? Of(TimeVsInstructions? both, string goodRev, string badRev) => both is null
        ? null
        : new(
            ReportNames.TimeVsInstructions(both),
            Math.Round(both.TimeShiftPercent, 3),
            Math.Round(both.InstructionShiftPercent, 4),
            JsonNumbers.Round(both.DetectableTimePercent, 3),
            both.Instructions.Metric,
            Summary.Of(both.Instructions.ParentValues).Median,
            Summary.Of(both.Instructions.CulpritValues).Median,
            InstructionText.Explain(both, goodRev, badRev));
}
