namespace Bisector.Reporting;

/// <summary>How a table cell reads: prose (with backticks around code), a name from the code (symbol, file, instruction), a number, or a verdict.</summary>
public enum CellKind
{
    Text,
    Code,
    Number,

    /// <summary>A verdict's name ("good", "bad", "skip", "unknown"), which the HTML marks as the chart does.</summary>
    Verdict,

    /// <summary>A folder beside the report that holds a report of its own ("steps/a1b2c3d4e5"): each view links its own file there.</summary>
    ReportLink,
}
