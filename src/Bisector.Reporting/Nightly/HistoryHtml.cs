using System.Text;
using Bisector.Reporting.Html;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Nightly;

/// <summary>
/// The HTML of nights and histories: a self-contained page (the same content policy as report.html) with, for each
/// benchmark, its history chart, its steps and its measured commits.
/// </summary>
public static class HistoryHtml
{
    /// <summary>night.html: the headline, the alerts, what was measured, then each benchmark's history.</summary>
    public static string Night(NightReport night)
    {
        var html = Page($"Nightly {night.Branch}: {NightText.Headline(night)}");
        html.AppendLine($"<h1>Nightly: {E(NightText.Headline(night))}</h1>");
        Paragraph(html, NightText.Branch(night));
        if (night.Alerts.Count > 0)
        {
            html.AppendLine("<ul class=\"alerts\">");
            foreach (var alert in night.Alerts)
            {
                html.AppendLine($"<li><strong>{Inline(NightText.AlertLead(alert))}</strong>, {Inline(NightText.AlertDetail(alert))}</li>");
            }

            html.AppendLine("</ul>");
        }

        Section(html, "measured", "Measured tonight");
        Table(html, NightTables.Measured(night));
        EndSection(html);
        foreach (var benchmark in night.Benchmarks)
        {
            Benchmark(html, benchmark.History);
        }

        return Close(html);
    }

    /// <summary>The <c>history</c> command's page: each benchmark's history and steps.</summary>
    public static string Histories(IReadOnlyList<BenchmarkHistory> histories)
    {
        var html = Page("Bisector: benchmark history");
        html.AppendLine("<h1>Benchmark history</h1>");
        foreach (var history in histories)
        {
            Benchmark(html, history);
        }

        return Close(html);
    }

    private static void Benchmark(StringBuilder html, BenchmarkHistory history)
    {
        Section(html, $"history-{history.Series.Benchmark}", history.Title);
        try
        {
            var image = Convert.ToBase64String(HistoryChartPlot.Png(history));
            var alt = $"History of {history.Series.Benchmark}: the median of {ReportText.Commits(history.Points.Count)} in first-parent order, {ReportText.Count(history.Steps.Count, "step")} marked";
            html.AppendLine($"<figure><img src=\"data:image/png;base64,{image}\" width=\"{HistoryChartPlot.Width}\" height=\"{HistoryChartPlot.Height}\" alt=\"{E(alt)}\">");
            html.AppendLine("<figcaption>Each measured commit's median, joined along the branch; faint circles are the raw samples. Shaded bands mark the steps: red a regression, green an improvement, grey a step that did not hold when measured again.</figcaption></figure>");
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException)
        {
            html.AppendLine($"<p class=\"muted\">The chart could not be drawn here ({E(ex.Message)}); the tables below hold the same figures.</p>");
        }

        if (history.Steps.Count > 0)
        {
            Table(html, NightTables.Steps(history));
        }
        else
        {
            Paragraph(html, NightText.NoStep);
        }

        html.AppendLine($"<details><summary>{E(NightText.Points(history))}</summary>");
        Table(html, NightTables.Points(history));
        html.AppendLine("</details>");
        EndSection(html);
    }

    private static string Close(StringBuilder html) => html.AppendLine("</body></html>").ToString();
}
