namespace Bisector.Reporting;

/// <summary>
/// A table of plain-text cells that every view renders its own way (Markdown pipes, HTML rows): a section is built
/// once as a table and appears in each report alike.
/// </summary>
public sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
