using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>Why the work was searched: time's culprit executes the same instructions as its parent while the endpoints' rose by <paramref name="RisePercent"/>.</summary>
public sealed record WorkAfterLayoutCulprit(CommitInfo Culprit, string GoodRev, string BadRev, double RisePercent, Direction Direction) : Finding;
