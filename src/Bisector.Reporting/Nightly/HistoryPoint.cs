using Bisector.Core.Statistics;

namespace Bisector.Reporting.Nightly;

/// <summary>A measured commit of a benchmark's history, at its place on the first-parent line.</summary>
public sealed record HistoryPoint(string Sha, int Position, string Subject, IReadOnlyList<double> Values)
{
    public string ShortSha => Sha[..Math.Min(10, Sha.Length)];

    public double Median => Summary.Of(Values).Median;
}
