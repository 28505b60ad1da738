using System.Text.Json;
using Bisector.Core.Session;
using Bisector.Reporting.Document;
using Bisector.Reporting.Json;

namespace Bisector.Reporting;

/// <summary>report.json: the document's result as the <see cref="ReportJson"/> tree, serialized by the generated <see cref="ReportJsonContext"/>.</summary>
public static class JsonReportWriter
{
    public static string Render(BisectResult result) => Render(ReportDocument.Of(result));

    public static string Render(ReportDocument document) =>
        JsonSerializer.Serialize(ReportJson.Of(document.Result, document.Section<NotesSection>()?.Notes ?? [], document.StepReports), ReportJsonContext.Report.ReportJson) + "\n";
}
