using Bisector.Core.Findings;

namespace Bisector.Core.Progress;

/// <summary>Time named no commit that does more work: the executed instructions of the range are bisected.</summary>
/// <param name="Reason">Why: <see cref="WorkAfterLayoutCulprit"/> or <see cref="WorkAfterNoCulprit"/>.</param>
public sealed record FollowingWork(Finding Reason, string Metric, int Commits, int Steps) : SessionPhase;
