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

    /// <summary>Which way a count moved: 1 more, -1 fewer, 0 the same work (by less than <see cref="SamePercent"/>).</summary>
    public static int Direction(double changePercent) => Math.Abs(changePercent) >= SamePercent ? Math.Sign(changePercent) : 0;

    public InstructionFinding Finding => ChangePercent switch
    {
        >= SamePercent => InstructionFinding.MoreInstructions,
        <= -SamePercent => InstructionFinding.FewerInstructions,
        _ => InstructionFinding.SameInstructions,
    };
}
