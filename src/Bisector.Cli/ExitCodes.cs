namespace Bisector.Cli;

/// <summary>Exit codes of <c>run</c>, <c>demo</c> and <c>nightly</c> (a contract: see docs/contracts.md).</summary>
public enum ExitCodes
{
    CulpritFound = 0,
    Failure = 1,
    Usage = 2,
    NoRegression = 10,
    Ambiguous = 11,

    /// <summary><c>nightly</c> only: a new regression was found (it is alerted once).</summary>
    NewRegression = 12,
    Inconclusive = 13,
    Interrupted = 130,
}
