namespace Bisector.Core.Session;

/// <summary>What the instruction counts say about a slowdown measured in time.</summary>
public enum InstructionFinding
{
    /// <summary>The culprit executes more instructions: it does more work.</summary>
    MoreInstructions,

    /// <summary>Same instructions within <see cref="InstructionEvidence.SamePercent"/>: the time moved with code layout or memory behaviour only.</summary>
    SameInstructions,

    /// <summary>Fewer instructions yet slower: layout or memory behaviour, not more work.</summary>
    FewerInstructions,
}

/// <summary>The culprit and its parent counted in executed instructions, next to their shift in time.</summary>
public sealed record InstructionEvidence(
    string Metric,
    IReadOnlyList<double> ParentValues,
    IReadOnlyList<double> CulpritValues,
    double ChangePercent,
    double TimeShiftPercent)
{
    /// <summary>Instruction counts that differ by less than this are the same program's work.</summary>
    public const double SamePercent = 1.0;

    public InstructionFinding Finding => ChangePercent switch
    {
        >= SamePercent => InstructionFinding.MoreInstructions,
        <= -SamePercent => InstructionFinding.FewerInstructions,
        _ => InstructionFinding.SameInstructions,
    };

    public string Explanation => Finding switch
    {
        InstructionFinding.MoreInstructions =>
            $"The culprit executes {ChangePercent:0.0}% more instructions ({Metric}) for a {TimeShiftPercent:+0.0;-0.0;0.0}% change in time: it does more work.",
        _ =>
            $"The culprit executes {(Finding == InstructionFinding.SameInstructions ? "the same number of" : $"{-ChangePercent:0.0}% fewer")} instructions " +
            $"({Metric}, {ChangePercent:+0.00;-0.00;0.00}%) yet takes {TimeShiftPercent:+0.0;-0.0;0.0}% in time: a layout effect (code alignment, " +
            "cache or branch behaviour), not more work. Another change to this code may undo it.",
    };
}
