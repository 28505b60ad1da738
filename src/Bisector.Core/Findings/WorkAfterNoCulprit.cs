using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>Why the work was searched: time named no commit (<paramref name="Status"/>; <paramref name="NotHeldSha"/> when its re-check failed) while the endpoints' instructions rose.</summary>
public sealed record WorkAfterNoCulprit(BisectStatus Status, string? NotHeldSha, string GoodRev, string BadRev, double RisePercent, Direction Direction) : Finding
{
    /// <summary>Time named none because the endpoints' default builds hid a change the layouts showed (<see cref="ChangeHiddenByPlacement"/>).</summary>
    public bool HiddenByPlacement { get; init; }
}
