namespace Bisector.Core.Progress;

/// <summary>Time named no commit that does more work: the executed instructions of the range are bisected.</summary>
public sealed record FollowingWork(string Reason, string Metric, int Commits, int Steps) : SessionPhase;
