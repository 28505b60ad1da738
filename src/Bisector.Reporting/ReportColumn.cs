namespace Bisector.Reporting;

/// <summary>A column of a <see cref="ReportTable"/>: its header and how its cells read.</summary>
public sealed record ReportColumn(string Header, CellKind Kind = CellKind.Text);
