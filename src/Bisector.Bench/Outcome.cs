namespace Bisector.Bench;

internal enum Verdict
{
    Correct,
    False,
    Ambiguous,
    NoRegression,
    Inconclusive,
}

/// <summary>How one simulated bisection ended and what it spent.</summary>
internal sealed record Outcome(Verdict Verdict, int SearchSamples, int TestedCommits, int TotalSamples)
{
    /// <summary>What the endpoints' time and instruction count said together (Bisector only).</summary>
    public Core.Session.TimeVsInstructions? TimeVsInstructions { get; init; }
}
