using Bisector.Core.Domain;
using Bisector.Reporting.Charts;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Bisector.Reporting.Tests.Charts;

/// <summary>The chart of report.html: its points as values, then what ScottPlot was asked to draw, then the image.</summary>
public sealed class MetricChartTests
{
    private static MetricChart Chart() => MetricChart.Of(SampleResults.CulpritFound())!;

    [Fact]
    public void The_chart_puts_the_tested_commits_in_history_order_with_their_medians_and_intervals()
    {
        var result = SampleResults.CulpritFound();

        var chart = MetricChart.Of(result)!;

        Assert.Equal(["1111111111", "8888888888", "9999999999", "aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "ffffffffff"], chart.Points.Select(p => p.Label));
        Assert.Equal(Enumerable.Range(0, 7), chart.Points.Select(p => p.X));
        Assert.Equal(["good", "good", "good", "bad", "skip", "bad", "bad"], chart.Points.Select(p => p.Mark.Name));
        var culprit = Assert.Single(chart.Points, p => p.IsCulprit);
        var step = result.Steps.Single(s => s.Commit.Sha == SampleResults.Culprit.Sha);
        Assert.Equal((3, step.Summary), (culprit.X, culprit.Summary));
        Assert.Equal(step.Values, culprit.Values);
    }

    [Fact]
    public void The_chart_names_its_axes_after_the_history_and_the_metric_with_its_unit()
    {
        var chart = Chart();

        Assert.Equal("tested commits in history order, oldest first", chart.XLabel);
        Assert.Equal("output (ns/addition), lower is better", chart.YLabel);
    }

    [Fact]
    public void A_commit_that_was_never_measured_is_drawn_below_every_measured_value()
    {
        var chart = Chart();

        var skipped = Assert.Single(chart.Points, p => p.Summary is null);

        Assert.Equal("bbbbbbbbbb", skipped.Label);
        Assert.True(chart.UnmeasuredY < chart.Points.Where(p => p.Summary is not null).Min(p => Math.Min(p.Summary!.MedianLow, p.Values.Min())));
        Assert.Equal(chart.UnmeasuredY, chart.ValueRange.Low);
    }

    [Fact]
    public void No_chart_is_drawn_when_no_commit_was_measured()
    {
        var result = SampleResults.Interrupted() with { Steps = [SampleResults.Interrupted().Steps[0] with { Values = [], Summary = null }] };

        Assert.Null(MetricChart.Of(result));
        Assert.DoesNotContain("id=\"chart\"", HtmlReportWriter.Render(result), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plot_labels_the_x_axis_with_short_shas_and_the_y_axis_with_the_metric()
    {
        using var plot = MetricChartPlot.Create(Chart());

        plot.RenderInMemory(MetricChartPlot.Width, MetricChartPlot.Height);

        var ticks = Assert.IsType<NumericManual>(plot.Axes.Bottom.TickGenerator).Ticks;
        Assert.Equal(Chart().Points.Select(p => p.Label), ticks.Select(t => t.Label));
        Assert.Equal(Enumerable.Range(0, 7).Select(x => (double)x), ticks.Select(t => t.Position));
        Assert.Equal("output (ns/addition), lower is better", plot.Axes.Left.Label.Text);
        Assert.Equal("tested commits in history order, oldest first", plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void The_plot_marks_each_verdict_by_colour_and_shape_with_its_interval_and_rings_the_culprit()
    {
        var chart = Chart();

        using var plot = MetricChartPlot.Create(chart);

        var markers = plot.GetPlottables<Markers>().ToDictionary(m => m.LegendText);
        Assert.Equal((MarkerShape.FilledCircle, Color.FromHex(VerdictMark.Good.Color)), (markers["good"].MarkerShape, markers["good"].MarkerFillColor));
        Assert.Equal((MarkerShape.FilledSquare, Color.FromHex(VerdictMark.Bad.Color)), (markers["bad"].MarkerShape, markers["bad"].MarkerFillColor));
        Assert.Equal(MarkerShape.Eks, markers["skip (not measured)"].MarkerShape);
        Assert.Equal(chart.Points.Sum(p => p.Values.Count), markers["samples"].Data.GetScatterPoints().Count);
        var bad = chart.Points.Where(p => p.Mark == VerdictMark.Bad).ToArray();
        var bars = plot.GetPlottables<ErrorBar>().Single(b => b.Color == Color.FromHex(VerdictMark.Bad.Color));
        Assert.Equal(bad.Select(p => p.Summary!.MedianHigh - p.Summary.Median), bars.YErrorPositive);
        Assert.Equal(bad.Select(p => p.Summary!.Median - p.Summary.MedianLow), bars.YErrorNegative);
        var ring = Assert.Single(plot.GetPlottables<Marker>());
        Assert.Equal(("culprit", new Coordinates(3, chart.Points[3].Summary!.Median)), (ring.LegendText, ring.Location));
    }

    [Fact]
    public void The_chart_renders_to_a_png_of_its_stated_size()
    {
        var png = MetricChartPlot.Png(Chart());

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((MetricChartPlot.Width, MetricChartPlot.Height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Every_verdict_has_its_own_colour_and_shape()
    {
        Assert.Equal(4, VerdictMark.All.Select(m => m.Color).Distinct().Count());
        Assert.Equal(4, VerdictMark.All.Select(m => m.Shape).Distinct().Count());
        Assert.All(Enum.GetValues<Verdict>(), v => Assert.Equal(v, VerdictMark.Of(v).Verdict));
    }
}
