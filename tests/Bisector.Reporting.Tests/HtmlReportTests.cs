using System.Text.RegularExpressions;

namespace Bisector.Reporting.Tests;

/// <summary>report.html as one self-contained page, its sections in the order a reader needs them.</summary>
public sealed partial class HtmlReportTests
{
    [Fact]
    public void The_page_refers_to_nothing_outside_itself_and_forbids_the_browser_to_fetch()
    {
        var html = HtmlReportWriter.Render(SampleResults.CulpritFound());

        var references = Reference().Matches(html).Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(r.StartsWith('#') || r.StartsWith("data:image/png;base64,", StringComparison.Ordinal), r));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sections_come_verdict_first_then_chart_steps_recheck_profile_machine_code_source_diff_environment_and_commands()
    {
        var html = HtmlReportWriter.Render(SampleResults.CulpritFound());

        string[] order = ["<h1>", "class=\"conclusion\"", "id=\"chart\"", "id=\"steps\"", "id=\"recheck\"", "id=\"profile\"", "id=\"machine-code\"", "id=\"source\"", "id=\"commit\"", "id=\"environment\"", "id=\"commands\""];
        var positions = order.Select(s => html.IndexOf(s, StringComparison.Ordinal)).ToArray();

        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Every_link_of_the_contents_leads_to_a_section_of_the_page()
    {
        foreach (var result in new[] { SampleResults.CulpritFound(), SampleResults.CulpritUnprofiled(), SampleResults.Ambiguous(), SampleResults.NoRegression() })
        {
            var html = HtmlReportWriter.Render(result);

            var links = Anchor().Matches(html).Select(m => m.Groups[1].Value).ToArray();

            Assert.NotEmpty(links);
            Assert.All(links, id => Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]*)\"")]
    private static partial Regex Reference();

    [GeneratedRegex("<a href=\"#([^\"]+)\">")]
    private static partial Regex Anchor();
}
