using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>The endpoints measured in time and counted in instructions, side by side, and whether the two agree.</summary>
/// <param name="TimeOutcome">What the paired time comparison concluded.</param>
/// <param name="DetectableTimePercent">The smallest time shift those samples could confirm; null when none.</param>
/// <param name="Instructions">The endpoints' instruction counts (baseline = good, candidate = bad).</param>
public sealed record TimeVsInstructions(
    TimeInstructionFinding Finding,
    EndpointOutcome TimeOutcome,
    double TimeShiftPercent,
    double? DetectableTimePercent,
    InstructionEvidence Instructions)
{
    public double InstructionShiftPercent => Instructions.ChangePercent;

    /// <summary>Compares a time verdict with an instruction count: either changed when it moved by at least the threshold in the direction bisected.</summary>
    public static TimeVsInstructions Of(EndpointComparison time, double? detectablePercent, InstructionEvidence instructions, double thresholdPercent, Direction direction)
    {
        var sign = direction == Direction.Faster ? -1 : 1;
        var timeChanged = time.Outcome == EndpointOutcome.Regression;
        var instructionsChanged = sign * instructions.ChangePercent >= thresholdPercent;
        var finding = (timeChanged, instructionsChanged) switch
        {
            (true, false) => TimeInstructionFinding.TimeOnly,
            (false, true) => TimeInstructionFinding.InstructionsOnly,
            _ => TimeInstructionFinding.Agree,
        };
        return new TimeVsInstructions(finding, time.Outcome, time.Change.ShiftPercent, detectablePercent, instructions);
    }

}
