using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>The endpoints' noise hides whether they differ by the threshold.</summary>
/// <param name="DetectablePercent">The smallest change these samples could confirm at <paramref name="Alpha"/>; null when none.</param>
public sealed record EndpointsUnsure(
    string GoodRev, string BadRev, Direction Direction, double ThresholdPercent, ChangeSummary Change, int Rounds, double Alpha, double? DetectablePercent) : Finding;
