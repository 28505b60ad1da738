using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Bisector.Reporting.Charts;

/// <summary>Draws a <see cref="MetricChart"/> with ScottPlot: each commit's median with its 95 % interval, marked by verdict, the culprit ringed.</summary>
internal static class MetricChartPlot
{
    public const int Width = 1100;
    public const int Height = 480;

    /// <summary>A sans-serif face this machine has (ScottPlot's own guess can land on a serif one).</summary>
    internal static readonly string s_font =
        new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica" }.Intersect(SKFontManager.Default.GetFontFamilies()).FirstOrDefault() ?? Fonts.Default;

    public static Plot Create(MetricChart chart)
    {
        var plot = new Plot();
        plot.Title(chart.Title, 15);
        plot.XLabel(chart.XLabel, 13);
        plot.YLabel(chart.YLabel, 13);
        AddEndpointMedians(plot, chart);
        AddSamples(plot, chart);
        foreach (var mark in VerdictMark.All)
        {
            AddVerdict(plot, chart, mark);
        }

        AddCulprit(plot, chart);
        plot.Axes.Bottom.TickGenerator = new NumericManual(chart.Points.Select(p => (double)p.X).ToArray(), chart.Points.Select(p => p.Label).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 90;
        plot.Axes.SetLimitsX(-0.6, chart.Points.Count - 0.4);
        var (low, high) = chart.ValueRange;
        var span = high > low ? high - low : Math.Max(Math.Abs(high) * 0.1, 1);
        plot.Axes.SetLimitsY(low - (span * 0.05), high + (span * 0.14));
        plot.ShowLegend(Edge.Right);
        plot.Font.Set(s_font);
        plot.Axes.Bottom.TickLabelStyle.FontName = Fonts.Monospace;
        return plot;
    }

    public static byte[] Png(MetricChart chart)
    {
        using var plot = Create(chart);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Dashed lines at the good and bad endpoints' medians: the two levels the search tells apart.</summary>
    private static void AddEndpointMedians(Plot plot, MetricChart chart)
    {
        foreach (var point in chart.Points.Where(p => p.Role is "good" or "bad" && p.Summary is not null))
        {
            var line = plot.Add.HorizontalLine(point.Summary!.Median, 1, Color.FromHex(point.Mark.Color).WithAlpha(0.6), LinePattern.Dashed);
            line.LegendText = $"{point.Role} endpoint's median";
        }
    }

    /// <summary>Every raw sample, faint, so the spread behind each median shows.</summary>
    private static void AddSamples(Plot plot, MetricChart chart)
    {
        var samples = chart.Points.SelectMany(p => p.Values.Select(v => new Coordinates(p.X, v))).ToArray();
        if (samples.Length > 0)
        {
            var markers = plot.Add.Markers(samples, MarkerShape.OpenCircle, 5, Colors.Gray.WithAlpha(0.5));
            markers.LegendText = "samples";
        }
    }

    private static void AddVerdict(Plot plot, MetricChart chart, VerdictMark mark)
    {
        var color = Color.FromHex(mark.Color);
        var measured = chart.Points.Where(p => p.Mark == mark && p.Summary is not null).ToArray();
        if (measured.Length > 0)
        {
            var bars = plot.Add.ErrorBar(
                measured.Select(p => (double)p.X).ToArray(),
                measured.Select(p => p.Summary!.Median).ToArray(),
                measured.Select(p => p.Summary!.MedianHigh - p.Summary.Median).ToArray());
            bars.YErrorNegative = measured.Select(p => p.Summary!.Median - p.Summary.MedianLow).ToArray();
            bars.Color = color;
            bars.LineWidth = 2;
            bars.CapSize = 8;
        }

        var unmeasured = chart.Points.Where(p => p.Mark == mark && p.Summary is null).ToArray();
        var coordinates = measured.Select(p => new Coordinates(p.X, p.Summary!.Median))
            .Concat(unmeasured.Select(p => new Coordinates(p.X, chart.UnmeasuredY)))
            .ToArray();
        if (coordinates.Length > 0)
        {
            var markers = plot.Add.Markers(coordinates, Shape(mark.Shape), 11, color);
            markers.LegendText = unmeasured.Length > 0 && measured.Length == 0 ? $"{mark.Name} (not measured)" : mark.Name;
        }
    }

    private static void AddCulprit(Plot plot, MetricChart chart)
    {
        foreach (var culprit in chart.Points.Where(p => p.IsCulprit))
        {
            var y = culprit.Summary?.Median ?? chart.UnmeasuredY;
            var ring = plot.Add.Marker(culprit.X, y, MarkerShape.OpenCircle, 28, Colors.Black);
            ring.MarkerLineWidth = 2;
            ring.LegendText = "culprit";
            var label = plot.Add.Text($"culprit {culprit.Label}", culprit.X, y);
            label.LabelFontSize = 12;
            label.LabelFontName = s_font;
            label.LabelBold = true;
            label.Alignment = Alignment.LowerCenter;
            label.OffsetY = -18;
        }
    }

    private static MarkerShape Shape(MarkShape shape) => shape switch
    {
        MarkShape.Circle => MarkerShape.FilledCircle,
        MarkShape.Square => MarkerShape.FilledSquare,
        MarkShape.Cross => MarkerShape.Eks,
        MarkShape.Diamond => MarkerShape.FilledDiamond,
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };
}
