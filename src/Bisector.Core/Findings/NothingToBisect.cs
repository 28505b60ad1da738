using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>The endpoints differ by less than the threshold in the direction bisected.</summary>
public sealed record NothingToBisect(string GoodRev, string BadRev, Direction Direction, double ThresholdPercent, ChangeSummary Change, int Rounds) : Finding;
