namespace Bisector.Cli;

/// <summary>Exit codes of <c>run</c> and <c>demo</c> (a contract: see DESIGN.md).</summary>
public enum ExitCodes
{
    CulpritFound = 0,
    Failure = 1,
    Usage = 2,
    NoRegression = 10,
    Ambiguous = 11,
    Inconclusive = 13,
    Interrupted = 130,
}
