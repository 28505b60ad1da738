namespace Bisector.Reporting;

/// <summary>How a table cell reads: prose, a name from the code (symbol, file, instruction), or a number.</summary>
internal enum CellKind
{
    Text,
    Code,
    Number,
}

internal sealed record ReportColumn(string Header, CellKind Kind = CellKind.Text);

/// <summary>
/// A table of plain-text cells that every view renders its own way (Markdown pipes, HTML rows): a section is built
/// once as a table and appears in each report alike.
/// </summary>
internal sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
