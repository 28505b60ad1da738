using System.Net;
using System.Text.RegularExpressions;
using Bisector.Reporting.Document;

namespace Bisector.Reporting.Tests.Document;

/// <summary>
/// One document, every view: each section of a result's document appears in report.md, report.html and the terminal
/// summary, and where two views show the same sentence they show the same words.
/// </summary>
public sealed partial class ReportDocumentTests
{
    public static TheoryData<string> Scenarios { get; } = [.. SampleResults.ByScenario.Keys];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_section_has_a_heading_in_the_markdown_and_the_html(string scenario)
    {
        var document = ReportDocument.Of(SampleResults.ByScenario[scenario]());

        var md = MarkdownReportWriter.Render(document);
        var html = HtmlReportWriter.Render(document);

        foreach (var section in document.Sections.Where(s => s is not SummarySection))
        {
            Assert.Contains($"\n## {section.Title}\n", md, StringComparison.Ordinal);
        }

        // The culprit and why it is slower head the page, above its contents; the reproduction is two sections there.
        foreach (var section in document.Sections.Where(s => s is not (SummarySection or CulpritSection or ConclusionSection or ReproduceSection)))
        {
            Assert.Contains($"<section id=\"{section.Id}\"><h2>{WebUtility.HtmlEncode(section.Title)}</h2>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_markdown_the_html_and_the_terminal_word_the_recheck_alike()
    {
        var document = ReportDocument.Of(SampleResults.CulpritFound());
        var recheck = document.Section<RecheckSection>()!;

        var md = MarkdownReportWriter.Render(document);
        var html = HtmlReportWriter.Render(document);
        var terminal = Terminal(document);

        var sentence = Unmarked($"{recheck.Measured}: {recheck.Outcome}.");
        Assert.Contains(sentence, Unmarked(md), StringComparison.Ordinal);
        Assert.Contains(sentence, Unmarked(WebUtility.HtmlDecode(Tags().Replace(html, ""))), StringComparison.Ordinal);
        Assert.Contains($"{recheck.Finding}: {recheck.FindingText}", terminal, StringComparison.Ordinal);
        Assert.Contains("in paired rounds (A B B A)", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_steps_table_has_the_same_columns_in_the_markdown_and_the_html()
    {
        var document = ReportDocument.Of(SampleResults.CulpritFound());
        var columns = document.Section<StepsSection>()!.Table.Columns.Select(c => c.Header).ToArray();

        var md = MarkdownReportWriter.Render(document);
        var html = HtmlReportWriter.Render(document);

        Assert.Equal(14, columns.Length);
        Assert.Contains("| " + string.Join(" | ", columns) + " |", md, StringComparison.Ordinal);
        var header = Regex.Match(html, "<table class=\"steps\"><tr>(.*?)</tr>").Groups[1].Value;
        Assert.Equal(columns, Regex.Matches(header, "<th[^>]*>([^<]*)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
    }

    [Fact]
    public void Code_in_the_conclusion_keeps_its_angle_brackets_in_markdown_and_is_code_in_html()
    {
        var document = ReportDocument.Of(SampleResults.CulpritFound());
        document = document with
        {
            Sections = [.. document.Sections.Select(s => s is ConclusionSection c ? c with { Conclusion = "It runs more of `call <threadstate_get>` (0 → 2,000,000 executions) and <more>." } : s)],
        };

        var md = MarkdownReportWriter.Render(document);
        var html = HtmlReportWriter.Render(document);

        Assert.Contains("It runs more of `call <threadstate_get>` (0 → 2,000,000 executions) and &lt;more>.", md, StringComparison.Ordinal);
        Assert.DoesNotContain("call &lt;threadstate_get>", md, StringComparison.Ordinal);
        Assert.Contains("It runs more of <code>call &lt;threadstate_get&gt;</code> (0 → 2,000,000 executions) and &lt;more&gt;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_inside_code_in_a_table_cell_is_escaped_and_an_unclosed_backtick_is_text()
    {
        var table = new ReportTable([new("a"), new("b")], [["`x | y` and <z>", "one ` tick"]]);

        var md = Markdown.MarkdownBlocks.Table(new System.Text.StringBuilder(), table).ToString();

        Assert.Contains("| `x \\| y` and &lt;z> | one ` tick |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_terminal_lists_every_exported_file()
    {
        var terminal = Terminal(ReportDocument.Of(SampleResults.CulpritFound()));

        Assert.All(ReportExporters.All, e => Assert.Contains(Path.Combine("/reports", e.FileName), terminal, StringComparison.Ordinal));
    }

    private static string Terminal(ReportDocument document)
    {
        using var output = new StringWriter { NewLine = "\n" };
        TerminalSummary.Write(output, document, "/reports", "/logs/run.jsonl");
        return output.ToString();
    }

    /// <summary>Text without Markdown's code and bold marks.</summary>
    private static string Unmarked(string text) => text.Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
