using Bisector.Reporting.Document;

namespace Bisector.Reporting;

/// <summary>The files every report is written to, in the order they are written and listed: the one place that names them.</summary>
public static class ReportExporters
{
    public static IReadOnlyList<ReportExporter> All { get; } =
    [
        new(ReportNames.JsonFile, JsonReportWriter.Render),
        new(ReportNames.MarkdownFile, MarkdownReportWriter.Render),
        new(ReportNames.HtmlFile, HtmlReportWriter.Render),
    ];

    /// <summary>
    /// Renders the document with every exporter into <paramref name="directory"/>, and each of its steps' own reports into
    /// the step's folder there first, so that no link of the report points at a folder not yet written.
    /// </summary>
    public static async Task WriteAsync(ReportDocument document, string directory, CancellationToken cancellationToken)
    {
        foreach (var step in document.StepReports)
        {
            var folder = Path.Combine(directory, step.Folder);
            Directory.CreateDirectory(folder);
            await WriteAsync(step.Document, folder, cancellationToken).ConfigureAwait(false);
        }

        foreach (var exporter in All)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, exporter.FileName), exporter.Render(document), cancellationToken).ConfigureAwait(false);
        }
    }
}
