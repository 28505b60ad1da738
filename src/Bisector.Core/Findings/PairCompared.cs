using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Findings;

/// <summary>
/// <c>compare</c>'s verdict: the candidate against the baseline in paired rounds of the default builds and, when measured
/// so, over code layouts, whose verdict then leads (the default builds' shift may be where the code landed).
/// </summary>
/// <param name="DetectablePercent">The smallest change the samples could confirm; null when none.</param>
public sealed record PairCompared(
    string BaselineRev, string CandidateRev, EndpointOutcome Outcome, Direction Direction, double ThresholdPercent, ChangeSummary Change, int Rounds, double? DetectablePercent)
    : Finding
{
    /// <summary>The same pair over code layouts; null when measured on the default builds alone.</summary>
    public LayoutVerdict? OverLayouts { get; init; }

    /// <summary><see cref="OverLayouts"/> read as a verdict in the direction asked (<see cref="LayoutOutcome.Of"/>); null without layouts.</summary>
    public EndpointOutcome? LayoutsOutcome => OverLayouts is { } verdict ? LayoutOutcome.Of(verdict, Direction, ThresholdPercent) : null;

    /// <summary>The default builds showed no change of the threshold's size, while over the layouts the code surely moved by it.</summary>
    public bool HiddenByPlacement => OverLayouts is { } verdict && LayoutOutcome.Hidden(Outcome, verdict, Direction, ThresholdPercent);
}
