namespace Bisector.Bench;

internal enum Verdict
{
    Correct,

    /// <summary>Time named no commit doing more work (none, or one it showed to be layout), and the work search named the real culprit.</summary>
    Work,
    False,

    /// <summary>A commit named as slower in time that the tool itself showed to execute the same instructions as its parent: a layout effect, said as such, and no claim of more work.</summary>
    Layout,
    Ambiguous,
    NoRegression,
    Inconclusive,
}

/// <summary>How one simulated bisection ended and what it spent.</summary>
internal sealed record Outcome(Verdict Verdict, int SearchSamples, int TestedCommits, int TotalSamples)
{
    /// <summary>What the endpoints' time and instruction count said together (Bisector only).</summary>
    public Core.Session.TimeVsInstructions? TimeVsInstructions { get; init; }

    /// <summary>What time alone concluded (Bisector only): the status the exit code reports.</summary>
    public Core.Domain.BisectStatus? Status { get; init; }

    /// <summary>The work search, where time named no commit that does more work (Bisector only).</summary>
    public Core.Session.WorkSearch? Work { get; init; }

    /// <summary>Instruction counts taken (the endpoints' and culprit's checks, and the work search): each a callgrind run in real life.</summary>
    public int InstructionCounts { get; init; }
}
