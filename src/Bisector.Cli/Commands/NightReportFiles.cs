using Bisector.Reporting.Nightly;

namespace Bisector.Cli.Commands;

/// <summary>The night's folder: night.json, night.md and night.html beside the reports of the night's bisections.</summary>
internal static class NightReportFiles
{
    public static async Task WriteAsync(string directory, NightReport report)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "night.json"), NightJson.Render(report)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "night.md"), NightMarkdown.Render(report)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "night.html"), HistoryHtml.Night(report)).ConfigureAwait(false);
    }
}
