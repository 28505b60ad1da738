namespace Bisector.Core.Statistics.Layouts;

/// <summary>Where one side's per-layout medians lie: "COMMIT spans 362-399 ms over 8 layouts".</summary>
public sealed record LayoutSpan(double Low, double High, double Median)
{
    /// <summary>The span as a percent of the median.</summary>
    public double SpreadPercent => Median == 0 ? 0 : (High - Low) / Median * 100;

    public static LayoutSpan Of(IReadOnlyList<double> perLayout) => new(perLayout.Min(), perLayout.Max(), Summary.Of(perLayout).Median);
}
