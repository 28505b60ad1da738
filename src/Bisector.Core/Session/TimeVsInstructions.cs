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

    /// <summary>
    /// Compares a time verdict with an instruction count: either changed when it moved by at least the threshold in the
    /// direction bisected; opposite when time surely moved one way and the count (by at least <see cref="InstructionEvidence.SamePercent"/>) the other.
    /// </summary>
    public static TimeVsInstructions Of(EndpointComparison time, double? detectablePercent, InstructionEvidence instructions, double thresholdPercent, Direction direction)
    {
        var sign = direction == Direction.Faster ? -1 : 1;
        var timeChanged = time.Outcome == EndpointOutcome.Regression;
        var instructionsChanged = sign * instructions.ChangePercent >= thresholdPercent;
        // Surely moved, each way: a time that is surely faster with more instructions (or slower with fewer) never agrees.
        var timeWay = time.Outcome switch { EndpointOutcome.Regression => 1, EndpointOutcome.Faster => -1, _ => 0 };
        var workWay = Math.Abs(instructions.ChangePercent) >= InstructionEvidence.SamePercent ? sign * Math.Sign(instructions.ChangePercent) : 0;
        var finding = (timeChanged, instructionsChanged) switch
        {
            _ when timeWay != 0 && workWay != 0 && timeWay != workWay => TimeInstructionFinding.Opposite,
            (true, false) => TimeInstructionFinding.TimeOnly,
            (false, true) => TimeInstructionFinding.InstructionsOnly,
            _ => TimeInstructionFinding.Agree,
        };
        return new TimeVsInstructions(finding, time.Outcome, time.Change.ShiftPercent, detectablePercent, instructions);
    }

    /// <summary>
    /// Whether a time change and an instruction change of the same pair disagree, whichever way either goes: the
    /// instructions moved by the threshold or more and the time's 95 % interval does not lie wholly on their side of
    /// zero; or the time surely moved by the threshold or more and the instructions by less than
    /// <see cref="InstructionEvidence.SamePercent"/>.
    /// </summary>
    public static bool Disagree(ChangeSummary time, double instructionPercent, double thresholdPercent)
    {
        var timeSure = time.ShiftLowPercent > 0 || time.ShiftHighPercent < 0;
        if (Math.Abs(instructionPercent) >= Math.Max(thresholdPercent, InstructionEvidence.SamePercent))
        {
            return !(instructionPercent > 0 ? time.ShiftLowPercent > 0 : time.ShiftHighPercent < 0);
        }

        return Math.Abs(instructionPercent) < InstructionEvidence.SamePercent && timeSure && Math.Abs(time.ShiftPercent) >= thresholdPercent;
    }

}
