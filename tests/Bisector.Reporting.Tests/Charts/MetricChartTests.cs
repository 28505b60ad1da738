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
    public void The_chart_puts_the_tested_commits_in_history_order_each_at_the_shift_against_good_its_verdict_measured()
    {
        var result = SampleResults.CulpritFound();

        var chart = MetricChart.Of(result)!;

        Assert.Equal(ChartScale.AgainstGood, chart.Scale);
        Assert.Equal(["1111111111", "8888888888", "9999999999", "aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "ffffffffff"], chart.Points.Select(p => p.Label));
        Assert.Equal(Enumerable.Range(0, 7), chart.Points.Select(p => p.X));
        Assert.Equal(["good", "good", "good", "bad", "skip", "bad", "bad"], chart.Points.Select(p => p.Mark.Name));
        Assert.Equal([0, -0.3, 0.1, 51.5, null, 51.1, 51.2], chart.Points.Select(p => p.Y));
        Assert.Equal(51.2, chart.BadShiftPercent);
        Assert.Equal((50.1, 52.3), chart.Points[^1].Interval);
        Assert.All(chart.Points, p => Assert.Empty(p.Values));
        var culprit = Assert.Single(chart.Points, p => p.IsCulprit);
        Assert.Equal((3, 51.5), (culprit.X, culprit.Y));
    }

    [Fact]
    public void A_result_whose_commits_were_not_measured_against_references_shows_medians_with_their_samples()
    {
        var result = SampleResults.NoRegression();

        var chart = MetricChart.Of(result)!;

        Assert.Equal(ChartScale.Absolute, chart.Scale);
        Assert.Equal("output (ns/addition), lower is better", chart.YLabel);
        var good = result.Steps[0];
        Assert.Equal((good.Summary!.Median, (good.Summary.MedianLow, good.Summary.MedianHigh)), (chart.Points[0].Y, chart.Points[0].Interval));
        Assert.Equal(good.Values, chart.Points[0].Values);
    }

    [Fact]
    public void The_chart_names_its_axes_after_the_history_and_what_the_verdicts_compared()
    {
        var chart = Chart();

        Assert.Equal("tested commits in history order, oldest first", chart.XLabel);
        Assert.Equal("output: % against good in the same rounds, lower is better", chart.YLabel);
        Assert.Equal("add_local: each tested commit against good, measured beside it", chart.Title);
    }

    [Fact]
    public void A_commit_that_was_never_measured_is_drawn_below_every_measured_value()
    {
        var chart = Chart();

        var skipped = Assert.Single(chart.Points, p => p.Y is null);

        Assert.Equal("bbbbbbbbbb", skipped.Label);
        Assert.True(chart.UnmeasuredY < chart.Points.Where(p => p.Y is not null).Min(p => Math.Min(p.Y!.Value, p.Interval?.Low ?? double.MaxValue)));
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
    public void The_plot_labels_the_x_axis_with_short_shas_and_the_y_axis_with_what_the_verdicts_compared()
    {
        using var plot = MetricChartPlot.Create(Chart());

        plot.RenderInMemory(MetricChartPlot.Width, MetricChartPlot.Height);

        var ticks = Assert.IsType<NumericManual>(plot.Axes.Bottom.TickGenerator).Ticks;
        Assert.Equal(Chart().Points.Select(p => p.Label), ticks.Select(t => t.Label));
        Assert.Equal(Enumerable.Range(0, 7).Select(x => (double)x), ticks.Select(t => t.Position));
        Assert.Equal("output: % against good in the same rounds, lower is better", plot.Axes.Left.Label.Text);
        Assert.Equal("tested commits in history order, oldest first", plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void The_plot_marks_each_verdict_by_colour_and_shape_draws_good_and_bad_as_levels_and_rings_the_culprit()
    {
        var chart = Chart();

        using var plot = MetricChartPlot.Create(chart);

        var markers = plot.GetPlottables<Markers>().ToDictionary(m => m.LegendText);
        Assert.Equal((MarkerShape.FilledCircle, Color.FromHex(VerdictMark.Good.Color)), (markers["good"].MarkerShape, markers["good"].MarkerFillColor));
        Assert.Equal((MarkerShape.FilledSquare, Color.FromHex(VerdictMark.Bad.Color)), (markers["bad"].MarkerShape, markers["bad"].MarkerFillColor));
        Assert.Equal(MarkerShape.Eks, markers["skip (not measured)"].MarkerShape);
        Assert.False(markers.ContainsKey("samples"));
        var levels = plot.GetPlottables<HorizontalLine>().ToDictionary(l => l.LegendText, l => l.Y);
        Assert.Equal(new Dictionary<string, double> { ["good (0 %)"] = 0, ["bad against good (+51.2 %)"] = 51.2 }, levels);
        var bars = plot.GetPlottables<ErrorBar>().Single(b => b.Color == Color.FromHex(VerdictMark.Bad.Color));
        Assert.Equal([1.1], bars.YErrorPositive!.Select(e => Math.Round(e, 6)));
        Assert.Equal([1.1], bars.YErrorNegative!.Select(e => Math.Round(e, 6)));
        var ring = Assert.Single(plot.GetPlottables<Marker>());
        Assert.Equal(("culprit", new Coordinates(3, 51.5)), (ring.LegendText, ring.Location));
    }

    [Fact]
    public void Each_commit_carries_bad_as_measured_in_its_own_rounds_and_the_plot_marks_it()
    {
        var result = SampleResults.CulpritFound();
        var culpritStep = result.Steps.Single(s => s.Commit.Sha == SampleResults.Culprit.Sha);
        result = result with
        {
            Steps = [.. result.Steps.Select(s => s == culpritStep ? s with { Classification = s.Classification! with { BadShiftPercent = 48.0 } } : s)],
        };

        var chart = MetricChart.Of(result)!;
        using var plot = MetricChartPlot.Create(chart);

        Assert.Equal(48.0, chart.Points.Single(p => p.IsCulprit).BadLevel);
        var bars = plot.GetPlottables<Markers>().Single(m => m.LegendText == "bad, in that commit's rounds");
        Assert.Equal([new Coordinates(3, 48.0)], bars.Data.GetScatterPoints());
    }

    [Fact]
    public void The_absolute_plot_draws_the_raw_samples_and_the_endpoints_medians()
    {
        var chart = MetricChart.Of(SampleResults.NoRegression())!;

        using var plot = MetricChartPlot.Create(chart);

        var markers = plot.GetPlottables<Markers>().ToDictionary(m => m.LegendText);
        Assert.Equal(chart.Points.Sum(p => p.Values.Count), markers["samples"].Data.GetScatterPoints().Count);
        Assert.Equal(["bad endpoint's median", "good endpoint's median"], plot.GetPlottables<HorizontalLine>().Select(l => l.LegendText).Order());
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
