using Bisector.Core.Nightly;
using Bisector.Reporting.Charts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Bisector.Reporting.Nightly;

/// <summary>
/// A benchmark's history drawn by ScottPlot: every sample faint, each measured commit's median joined by a line along the
/// first-parent line (commits not measured leave gaps in x), and each step as a vertical band, red for a regression,
/// green for an improvement, grey for one that did not hold, labelled with its change and culprit.
/// </summary>
public static class HistoryChartPlot
{
    public const int Width = 1100;
    public const int Height = 440;

    public static byte[] Png(BenchmarkHistory history)
    {
        using var plot = new Plot();
        plot.Title(history.Title, 15);
        plot.XLabel("commits on the first-parent line, oldest on the left", 13);
        plot.YLabel(history.Unit, 13);
        var points = history.Points;
        if (points.Count > 0)
        {
            var samples = plot.Add.Markers(points.SelectMany(p => p.Values.Select(v => new Coordinates(p.Position, v))).ToArray(), MarkerShape.OpenCircle, 5, Colors.Gray.WithAlpha(0.5));
            samples.LegendText = "samples";
            var medians = plot.Add.ScatterLine(points.Select(p => (double)p.Position).ToArray(), points.Select(p => p.Median).ToArray(), Color.FromHex("#1f4e79"));
            medians.LineWidth = 2;
            medians.MarkerSize = 8;
            medians.MarkerShape = MarkerShape.FilledCircle;
            medians.LegendText = "median of each measured commit";
            AddSteps(plot, history);
            var every = Math.Max(1, (int)Math.Ceiling(points.Count / 30.0));
            var ticks = points.Where((_, i) => i % every == 0 || i == points.Count - 1).ToArray();
            plot.Axes.Bottom.TickGenerator = new NumericManual(ticks.Select(p => (double)p.Position).ToArray(), ticks.Select(p => p.ShortSha[..7]).ToArray());
            plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 80;
            plot.Axes.Bottom.TickLabelStyle.FontName = Fonts.Monospace;
            plot.Axes.SetLimitsX(points[0].Position - 0.8, points[^1].Position + 0.8);
            var low = points.Min(p => p.Values.Min());
            var high = points.Max(p => p.Values.Max());
            var span = high > low ? high - low : Math.Max(Math.Abs(high) * 0.1, 1);
            plot.Axes.SetLimitsY(low - (span * 0.08), high + (span * 0.3));
        }

        plot.ShowLegend(Edge.Right);
        plot.Font.Set(MetricChartPlot.s_font);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void AddSteps(Plot plot, BenchmarkHistory history)
    {
        var positions = history.Points.ToDictionary(p => p.Sha, p => p.Position, StringComparer.Ordinal);
        var high = history.Points.Max(p => p.Values.Max());
        var index = 0;
        foreach (var step in history.Steps.Where(s => positions.ContainsKey(s.BeforeSha) && positions.ContainsKey(s.AfterSha)))
        {
            var color = Color.FromHex(step.State switch
            {
                ChangeState.New or ChangeState.Bisected or ChangeState.Acknowledged => "#c0392b",
                ChangeState.Improvement => "#1e8449",
                _ => "#7f8c8d",
            });

            // A bisected step is drawn at its culprit; an unbisected one spans the commits it may lie in.
            var (before, after) = step.CulpritSha is { } culprit && positions.TryGetValue(culprit, out var at)
                ? (at - 1, at)
                : (positions[step.BeforeSha], positions[step.AfterSha]);
            var band = plot.Add.HorizontalSpan(before + 0.1, after - 0.1);
            band.FillStyle.Color = color.WithAlpha(0.15);
            band.LineStyle.Width = 0;
            var text = step.State switch
            {
                ChangeState.Improvement => Format.Percent(step.ChangePercent),
                ChangeState.Dismissed => $"{Format.Percent(step.ChangePercent)} (did not hold)",
                _ => $"{Format.Percent(step.ChangePercent)} {(step.CulpritSha is { } c ? c[..7] : "new")}",
            };
            var label = plot.Add.Text(text, (before + after) / 2.0, high);
            label.LabelFontSize = 12;
            label.LabelFontName = MetricChartPlot.s_font;
            label.LabelFontColor = color;
            label.LabelBold = true;
            label.Alignment = Alignment.LowerCenter;
            // Neighbouring labels alternate in height so they do not run into each other.
            label.OffsetY = index++ % 2 == 0 ? -6 : -24;
        }
    }
}
