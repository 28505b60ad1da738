using System.Text.RegularExpressions;
using Bisector.Reporting.Document;

namespace Bisector.Reporting.Tests;

/// <summary>
/// Rendered reports compared with files committed under Expected/, for every status and every view. On a difference
/// the test fails and writes the rendering next to the test binary as *.received for review; nothing is accepted
/// automatically. The chart's PNG bytes depend on the fonts installed, so the HTML snapshot holds a placeholder for
/// them; <see cref="MetricChartTests"/> checks the chart itself.
/// </summary>
public sealed partial class ReportSnapshotTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var scenario in Scenarios.Keys)
            {
                foreach (var format in new[] { "json", "md", "html", "txt" })
                {
                    cases.Add(scenario, format);
                }
            }

            return cases;
        }
    }

    private static IReadOnlyDictionary<string, Func<ReportDocument>> Scenarios => SampleResults.DocumentsByScenario;

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rendered_report_matches_its_committed_snapshot(string scenario, string format)
    {
        var document = Scenarios[scenario]();

        var actual = format switch
        {
            "json" => JsonReportWriter.Render(document),
            "md" => MarkdownReportWriter.Render(document),
            "txt" => Terminal(document),
            _ => WithoutImageData(HtmlReportWriter.Render(document)),
        };

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Expected", $"{scenario}.{format}");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"{scenario}.{format}.received"), actual);
        }

        Assert.True(expected is not null, $"No snapshot {expectedPath}: review {scenario}.{format}.received and commit it under tests/Bisector.Reporting.Tests/Expected/.");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_html_report_inlines_its_chart_as_a_png_data_uri()
    {
        var html = HtmlReportWriter.Render(SampleResults.CulpritFound());

        var image = ImageData().Match(html);

        Assert.True(image.Success, "report.html has no inline PNG chart");
        var png = Convert.FromBase64String(image.Groups[1].Value);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    /// <summary>The terminal summary, with the report and log paths it ends with.</summary>
    private static string Terminal(ReportDocument document)
    {
        using var output = new StringWriter { NewLine = "\n" };
        TerminalSummary.Write(output, document, "/work/reports/20250101-120000-add_local", "/work/logs/run-20250101-120000.jsonl");
        return output.ToString();
    }

    internal static string WithoutImageData(string html) => ImageData().Replace(html, "data:image/png;base64,PNG-BYTES");

    [GeneratedRegex("data:image/png;base64,([A-Za-z0-9+/=]+)")]
    private static partial Regex ImageData();
}
