namespace Bisector.Reporting;

/// <summary>How a table cell reads: prose (with backticks around code), a name from the code (symbol, file, instruction), a number, or a verdict.</summary>
public enum CellKind
{
    Text,
    Code,
    Number,

    /// <summary>A verdict's name ("good", "bad", "skip", "unknown"), which the HTML marks as the chart does.</summary>
    Verdict,
}
