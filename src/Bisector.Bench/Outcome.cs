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
internal sealed record Outcome(Verdict Verdict, int SearchSamples, int TestedCommits, int TotalSamples);
