using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>How noisy the endpoints were, and so what this run could see.</summary>
/// <param name="DetectableShiftPercent">The smallest good-to-bad slowdown these samples could have confirmed; null when none could.</param>
public sealed record EndpointNoise(Summary Good, Summary Bad, double? DetectableShiftPercent)
{
    /// <summary>The centres of good's modes, lowest first: more than one means two kinds of runs.</summary>
    public IReadOnlyList<double> GoodModes { get; init; } = [];

    /// <summary>The centres of bad's modes, lowest first.</summary>
    public IReadOnlyList<double> BadModes { get; init; } = [];

    /// <summary>Range of a sample in percent of its median: the spread a person sees in the raw values.</summary>
    public static double SpreadPercent(Summary summary) => summary.Median == 0 ? 0 : (summary.Max - summary.Min) / Math.Abs(summary.Median) * 100;
}
