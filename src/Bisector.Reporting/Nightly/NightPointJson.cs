namespace Bisector.Reporting.Nightly;

/// <summary>A measured commit of night.json's history: where it is on the line, its median and its samples.</summary>
internal sealed record NightPointJson(string Sha, int Position, double Median, IReadOnlyList<double> Samples)
{
    public static NightPointJson Of(HistoryPoint point) => new(point.Sha, point.Position, point.Median, point.Values);
}
