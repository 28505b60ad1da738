using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>The counts pass the midpoint at <paramref name="Culprit"/>, which adds only <paramref name="ChangePercent"/>: the work rose a little in many commits.</summary>
public sealed record WorkRiseSpread(CommitInfo Culprit, double ChangePercent, Direction Direction) : Finding;
