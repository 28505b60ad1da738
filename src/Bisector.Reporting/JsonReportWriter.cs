using System.Text.Json;
using Bisector.Core.Session;
using Bisector.Reporting.Json;

namespace Bisector.Reporting;

/// <summary>report.json: the result as the <see cref="ReportJson"/> tree, serialized by the generated <see cref="ReportJsonContext"/>.</summary>
public static class JsonReportWriter
{
    public static string Render(BisectResult result) =>
        JsonSerializer.Serialize(ReportJson.Of(result), ReportJsonContext.Report.ReportJson) + "\n";
}
