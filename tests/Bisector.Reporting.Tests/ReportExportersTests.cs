using System.Text.Json;
using System.Text.RegularExpressions;
using Bisector.Testing;

namespace Bisector.Reporting.Tests;

/// <summary>
/// A report whose steps were explained, written to a real folder: each step's own report in a folder of its own, naming
/// the step and its parent, and every link the report's views make to a step landing on a file that was written.
/// </summary>
public sealed partial class ReportExportersTests
{
    [Fact]
    public async Task Each_explained_step_gets_its_own_reports_in_its_folder_and_every_link_to_it_lands_on_one()
    {
        using var folder = new TempDirectory("bisector-steps");

        await ReportExporters.WriteAsync(SampleResults.MappedExplained(), folder.Path, CancellationToken.None);

        foreach (var (step, parent) in new[] { ('a', '9'), ('d', 'c') })
        {
            var stepFolder = folder.Combine("steps", new string(step, 10));
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(stepFolder, ReportNames.JsonFile)));
            Assert.Equal("profiled", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(new string(step, 40), json.RootElement.GetProperty("bad").GetProperty("sha").GetString());
            Assert.Equal(new string(parent, 40), json.RootElement.GetProperty("good").GetProperty("sha").GetString());
            Assert.NotEqual(JsonValueKind.Null, json.RootElement.GetProperty("profile").ValueKind);
            Assert.Contains($"Profiled: {new string(step, 10)} against {new string(parent, 10)}", await File.ReadAllTextAsync(Path.Combine(stepFolder, ReportNames.MarkdownFile)), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(stepFolder, ReportNames.HtmlFile)));
        }

        var markdown = MarkdownLink().Matches(await File.ReadAllTextAsync(folder.Combine(ReportNames.MarkdownFile))).Select(m => m.Groups[1].Value).ToArray();
        var html = HtmlLink().Matches(await File.ReadAllTextAsync(folder.Combine(ReportNames.HtmlFile))).Select(m => m.Groups[1].Value).ToArray();
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(folder.Combine(ReportNames.JsonFile)));
        var explanations = report.RootElement.GetProperty("culprits").EnumerateArray().Select(c => c.GetProperty("explanation").GetString()).ToArray();
        Assert.Equal(["steps/aaaaaaaaaa/report.md", "steps/dddddddddd/report.md"], markdown);
        Assert.Equal(["steps/aaaaaaaaaa/report.html", "steps/dddddddddd/report.html"], html);
        Assert.Equal(new string?[] { null, null, "steps/aaaaaaaaaa/report.md", "steps/dddddddddd/report.md" }, explanations);
        Assert.All([.. markdown, .. html, .. explanations.OfType<string>()], link => Assert.True(File.Exists(folder.Combine(link)), $"{link} does not exist"));
    }

    [Fact]
    public async Task A_report_without_explained_steps_writes_no_steps_folder()
    {
        using var folder = new TempDirectory("bisector-steps");

        await ReportExporters.WriteAsync(Bisector.Reporting.Document.ReportDocument.Of(SampleResults.Mapped()), folder.Path, CancellationToken.None);

        Assert.False(Directory.Exists(folder.Combine(ReportNames.StepsFolder)));
        Assert.DoesNotContain("steps/", await File.ReadAllTextAsync(folder.Combine(ReportNames.MarkdownFile)), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\]\((steps/[^)]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("href=\"(steps/[^\"]+)\"")]
    private static partial Regex HtmlLink();
}
