using Bisector.Reporting.Document;

namespace Bisector.Reporting;

/// <summary>A file the report document is rendered to.</summary>
public sealed record ReportExporter(string FileName, Func<ReportDocument, string> Render);
