using Bisector.Core.Session;

namespace Bisector.Reporting.Tests;

/// <summary>
/// Rendered reports compared with files committed under Expected/. On a difference the test fails and writes
/// the rendering next to the test binary as *.received for review; nothing is accepted automatically.
/// </summary>
public sealed class ReportSnapshotTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "culprit-found", "json" }, { "culprit-found", "md" }, { "culprit-found", "html" },
        { "no-regression", "json" }, { "no-regression", "md" },
        { "inconclusive", "json" }, { "inconclusive", "md" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rendered_report_matches_its_committed_snapshot(string scenario, string format)
    {
        var result = scenario switch
        {
            "culprit-found" => SampleResults.CulpritFound(),
            "inconclusive" => SampleResults.Inconclusive(),
            _ => SampleResults.NoRegression(),
        };
        Func<BisectResult, string> render = format switch
        {
            "json" => JsonReportWriter.Render,
            "md" => MarkdownReportWriter.Render,
            _ => HtmlReportWriter.Render,
        };

        var actual = render(result);

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Expected", $"{scenario}.{format}");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"{scenario}.{format}.received"), actual);
        }

        Assert.True(expected is not null, $"No snapshot {expectedPath}: review {scenario}.{format}.received and commit it under tests/Bisector.Reporting.Tests/Expected/.");
        Assert.Equal(expected, actual);
    }
}
