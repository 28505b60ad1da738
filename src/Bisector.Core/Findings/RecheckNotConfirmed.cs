using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>The search's last commit, measured again against its parent, did not hold: unsure (noise) or no change.</summary>
/// <param name="DetectablePercent">The smallest change the re-check's samples could confirm at <paramref name="Alpha"/>; null when none.</param>
public sealed record RecheckNotConfirmed(
    CommitInfo Culprit, CommitInfo Parent, EndpointOutcome Outcome, Direction Direction, double ThresholdPercent, ChangeSummary Change, int Rounds, double Alpha, double? DetectablePercent)
    : Finding;
