namespace Bisector.Core.Session;

/// <summary>Whether time and executed instructions tell the same story between the endpoints.</summary>
public enum TimeInstructionFinding
{
    /// <summary>Both changed beyond the threshold in the direction bisected, or neither did.</summary>
    Agree,

    /// <summary>Time changed, the instruction count did not: code layout or the environment, not more work.</summary>
    TimeOnly,

    /// <summary>The instruction count changed, time did not show it (here, now): the slowdown may come and go with layout.</summary>
    InstructionsOnly,

    /// <summary>Time and the instruction count moved in opposite directions (faster in time with more work, or the reverse): placement moved the time more than the work did.</summary>
    Opposite,
}
