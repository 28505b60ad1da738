using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>Bad is clearly better than good in the direction bisected: --good and --bad may be swapped.</summary>
public sealed record EndpointsSwapped(string GoodRev, string BadRev, Direction Direction, ChangeSummary Change) : Finding;
