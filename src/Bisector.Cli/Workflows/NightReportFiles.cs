using Bisector.Cli.Hosting;
using Bisector.Reporting.Nightly;

namespace Bisector.Cli.Workflows;

/// <summary>The night's folder: night.json, night.md and night.html beside the reports of the night's bisections.</summary>
internal static class NightReportFiles
{
    /// <param name="choice">The option that chose the folder (--report-dir or --work-dir), for the message when it cannot be written.</param>
    public static async Task WriteAsync(string directory, string choice, NightReport report)
    {
        WriteFailure.CreateDirectory(directory, choice);
        await File.WriteAllTextAsync(Path.Combine(directory, "night.json"), NightJson.Render(report)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "night.md"), NightMarkdown.Render(report)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "night.html"), HistoryHtml.Night(report)).ConfigureAwait(false);
    }
}
