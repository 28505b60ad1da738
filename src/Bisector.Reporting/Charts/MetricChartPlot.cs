using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Bisector.Reporting.Charts;

/// <summary>Draws a <see cref="MetricChart"/> with ScottPlot: each commit's value with its 95 % interval where known, marked by verdict, the culprit ringed.</summary>
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
        AddReferenceLines(plot, chart);
        AddBadLevels(plot, chart);
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

    /// <summary>
    /// Dashed lines at the two levels the search tells apart: good and bad's shift against it (with bad's interval), or
    /// the endpoints' medians on the absolute scale.
    /// </summary>
    private static void AddReferenceLines(Plot plot, MetricChart chart)
    {
        if (chart.Scale == ChartScale.AgainstGood)
        {
            AddLevel(plot, 0, VerdictMark.Good, "good (0 %)");
            AddLevel(plot, chart.BadShiftPercent!.Value, VerdictMark.Bad, $"bad against good ({Format.Percent(chart.BadShiftPercent.Value)})");
            return;
        }

        foreach (var point in chart.Points.Where(p => p.Role is "good" or "bad" && p.Y is not null))
        {
            AddLevel(plot, point.Y!.Value, point.Mark, $"{point.Role} endpoint's median");
        }
    }

    /// <summary>A short bar at bad's level in each commit's own rounds: drift moves both together, so the gap is what was judged.</summary>
    private static void AddBadLevels(Plot plot, MetricChart chart)
    {
        var levels = chart.Points.Where(p => p.BadLevel is not null).Select(p => new Coordinates(p.X, p.BadLevel!.Value)).ToArray();
        if (levels.Length > 0)
        {
            var markers = plot.Add.Markers(levels, MarkerShape.HorizontalBar, 22, Color.FromHex(VerdictMark.Bad.Color).WithAlpha(0.6));
            markers.MarkerLineWidth = 2;
            markers.LegendText = "bad, in that commit's rounds";
        }
    }

    private static void AddLevel(Plot plot, double y, VerdictMark mark, string legend)
    {
        var line = plot.Add.HorizontalLine(y, 1, Color.FromHex(mark.Color).WithAlpha(0.6), LinePattern.Dashed);
        line.LegendText = legend;
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
        var measured = chart.Points.Where(p => p.Mark == mark && p.Y is not null).ToArray();
        var bounded = measured.Where(p => p.Interval is not null).ToArray();
        if (bounded.Length > 0)
        {
            var bars = plot.Add.ErrorBar(
                bounded.Select(p => (double)p.X).ToArray(),
                bounded.Select(p => p.Y!.Value).ToArray(),
                bounded.Select(p => p.Interval!.Value.High - p.Y!.Value).ToArray());
            bars.YErrorNegative = bounded.Select(p => p.Y!.Value - p.Interval!.Value.Low).ToArray();
            bars.Color = color;
            bars.LineWidth = 2;
            bars.CapSize = 8;
        }

        var unmeasured = chart.Points.Where(p => p.Mark == mark && p.Y is null).ToArray();
        var coordinates = measured.Select(p => new Coordinates(p.X, p.Y!.Value))
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
            var y = culprit.Y ?? chart.UnmeasuredY;
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
