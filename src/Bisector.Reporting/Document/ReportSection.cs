namespace Bisector.Reporting.Document;

/// <summary>
/// A part of the report, built once with its words and tables; every view renders it (or, for the terminal's summary,
/// the lines it keeps of it). Text in a section is prose in which backticks mark code: the Markdown keeps them, the
/// HTML turns them into code elements, the terminal prints them as they are.
/// </summary>
/// <param name="Id">The section's anchor in report.html.</param>
/// <param name="Title">The section's heading.</param>
public abstract record ReportSection(string Id, string Title);
