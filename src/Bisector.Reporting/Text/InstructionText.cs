using System.Globalization;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Text;

/// <summary>What instruction counts say beside a change in time, in words a person acts on.</summary>
public static class InstructionText
{
    /// <summary>The culprit against its parent: more work, or a layout effect.</summary>
    public static string Explain(InstructionEvidence evidence) => evidence.Finding switch
    {
        InstructionFinding.MoreInstructions =>
            $"The culprit executes {evidence.ChangePercent:0.0}% more instructions ({evidence.Metric}) for a {evidence.TimeShiftPercent:+0.0;-0.0;0.0}% change in time: it does more work.",
        _ =>
            $"The culprit executes {(evidence.Finding == InstructionFinding.SameInstructions ? "the same number of" : $"{-evidence.ChangePercent:0.0}% fewer")} instructions " +
            $"({evidence.Metric}, {evidence.ChangePercent:+0.00;-0.00;0.00}%) yet takes {evidence.TimeShiftPercent:+0.0;-0.0;0.0}% in time: a layout effect (code alignment, " +
            "cache or branch behaviour), not more work. Another change to this code may undo it.",
    };

    /// <summary>The endpoints in time and in instructions; <paramref name="good"/> and <paramref name="bad"/> are the revisions as the user wrote them.</summary>
    public static string Explain(TimeVsInstructions both, string good, string bad)
    {
        var time = $"{Percent(both.TimeShiftPercent)}" + (both.DetectableTimePercent is { } d ? $", could detect {Percent(d)}" : string.Empty);
        var counted = $"{Percent(both.InstructionShiftPercent)}, {both.Instructions.Metric}";
        return both.Finding switch
        {
            TimeInstructionFinding.InstructionsOnly =>
                $"{(both.TimeOutcome == EndpointOutcome.Unsure ? "Time cannot tell whether these builds differ" : "Time shows no slowdown between these builds")} ({time}), but {bad} executes {Magnitude(both.InstructionShiftPercent)} {(both.InstructionShiftPercent >= 0 ? "more" : "fewer")} " +
                $"instructions than {good} ({both.Instructions.Metric}): the slowdown may come and go with code layout.",
            TimeInstructionFinding.Opposite =>
                $"Time and instructions point opposite ways: {bad} is {(both.TimeShiftPercent >= 0 ? "slower" : "faster")} in time ({time}) but executes {Magnitude(both.InstructionShiftPercent)} " +
                $"{(both.InstructionShiftPercent >= 0 ? "more" : "fewer")} instructions than {good} ({both.Instructions.Metric}): where the code landed moved the time more than the work did.",
            TimeInstructionFinding.TimeOnly =>
                $"{bad} is slower in time ({time}) but executes the same work ({counted}): code layout (alignment of hot code) or the environment, not more work.",
            _ => $"Time ({time}) and instructions ({counted}) agree.",
        };
    }

    private static string Percent(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";

    private static string Magnitude(double value) => Math.Abs(value).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
