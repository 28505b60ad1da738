using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary><c>compare</c>'s verdict: the candidate against the baseline in paired rounds.</summary>
/// <param name="DetectablePercent">The smallest change the samples could confirm; null when none.</param>
public sealed record PairCompared(
    string BaselineRev, string CandidateRev, EndpointOutcome Outcome, Direction Direction, double ThresholdPercent, ChangeSummary Change, int Rounds, double? DetectablePercent)
    : Finding;
