using System.Globalization;
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

    /// <summary>The finding in words a person acts on; <paramref name="good"/> and <paramref name="bad"/> are the revisions as the user wrote them.</summary>
    public string Explain(string good, string bad)
    {
        var time = $"{Percent(TimeShiftPercent)}" + (DetectableTimePercent is { } d ? $", could detect {Percent(d)}" : string.Empty);
        var counted = $"{Percent(InstructionShiftPercent)}, {Instructions.Metric}";
        return Finding switch
        {
            TimeInstructionFinding.InstructionsOnly =>
                $"{(TimeOutcome == EndpointOutcome.Unsure ? "Time cannot tell whether these builds differ" : "Time shows no slowdown between these builds")} ({time}), but {bad} executes {Magnitude(InstructionShiftPercent)} {(InstructionShiftPercent >= 0 ? "more" : "fewer")} " +
                $"instructions than {good} ({Instructions.Metric}): the slowdown may come and go with code layout.",
            TimeInstructionFinding.TimeOnly =>
                $"{bad} is slower in time ({time}) but executes the same work ({counted}): code layout (alignment of hot code) or the environment, not more work.",
            _ => $"Time ({time}) and instructions ({counted}) agree.",
        };
    }

    private static string Percent(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";

    private static string Magnitude(double value) => Math.Abs(value).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
