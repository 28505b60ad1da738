using System.Text;
using Bisector.Core.Session;
using Bisector.Reporting.Charts;
using static Bisector.Reporting.Html.HtmlText;

namespace Bisector.Reporting.Html;

/// <summary>The metric over the tested commits, drawn by ScottPlot and inlined as a PNG data URI.</summary>
internal static class ChartSection
{
    public static void Render(StringBuilder html, BisectResult result)
    {
        if (MetricChart.Of(result) is not { } chart)
        {
            return;
        }

        Section(html, "chart", "The metric over the tested commits");
        string image;
        try
        {
            image = Convert.ToBase64String(MetricChartPlot.Png(chart));
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException)
        {
            // The chart is one view among several: a machine without SkiaSharp's native library still gets the report.
            html.AppendLine($"<p class=\"muted\">The chart could not be drawn here ({E(ex.Message)}); the steps below hold the same figures.</p>");
            EndSection(html);
            return;
        }

        var culprit = chart.Points.FirstOrDefault(p => p.IsCulprit);
        var shown = chart.Scale == ChartScale.AgainstGood ? "shift against good" : "median and 95 % interval";
        var alt = $"Chart of {chart.YLabel}: the {shown} of {ReportText.Commits(chart.Points.Count)} in history order" +
            (culprit is null ? "" : $"; the culprit {culprit.Label} is ringed");
        html.AppendLine($"<figure><img src=\"data:image/png;base64,{image}\" width=\"{MetricChartPlot.Width}\" height=\"{MetricChartPlot.Height}\" alt=\"{E(alt)}\">");
        var marks = "Marks: " + string.Join(", ", VerdictMark.All.Select(m => $"<span class=\"{m.Name}\">{m.Glyph} {m.Name}</span>")) +
            "; a commit that was never measured sits below the data.";
        html.AppendLine(chart.Scale == ChartScale.AgainstGood
            ? "<figcaption>Each tested commit's shift against good, from the rounds that ran it back to back with good and bad: " +
              "what its verdict compared. Medians taken minutes apart would mix the machine's drift into the picture, so they are not drawn. " +
              "A short red bar at each commit is bad in that commit's own rounds: the gap between the two is what its verdict judged. " +
              $"The dashed lines are good (0 %) and bad's shift at the endpoints' check, with its 95 % interval at the bad endpoint, oldest commit on the left. {marks}</figcaption></figure>"
            : "<figcaption>Each tested commit's median with its 95 % confidence interval, oldest commit on the left; faint circles are the raw samples. " +
              $"{marks} The dashed lines are the good and bad endpoints' medians.</figcaption></figure>");
        EndSection(html);
    }
}
