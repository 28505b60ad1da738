using Bisector.Core.Domain;

namespace Bisector.Core.Nightly;

/// <summary>
/// What the nightly job does with a step it found: whether it is one already recorded (alerted once, never again), and
/// what a bisection of it makes of the recorded change.
/// </summary>
public static class NightPolicy
{
    /// <summary>
    /// A step is already known when it overlaps a recorded regression or improvement (more commits measured since can
    /// move its ends), or when exactly this step was measured again and did not hold. <paramref name="positions"/> gives
    /// each commit's place on the branch's line.
    /// </summary>
    public static bool IsKnown(HistoryStep step, IReadOnlyList<RecordedChange> changes, IReadOnlyDictionary<string, int> positions) =>
        changes.Any(c => c.State == ChangeState.Dismissed
            ? c.BeforeSha == step.BeforeSha && c.AfterSha == step.AfterSha
            : positions[c.BeforeSha] < positions[step.AfterSha] && positions[step.BeforeSha] < positions[c.AfterSha]);

    /// <summary>
    /// The state a regression's bisection leaves its change in. <paramref name="culpritConfirmed"/> is whether the
    /// re-check against the culprit's parent held, null when there was none.
    /// </summary>
    public static ChangeState StateAfterBisection(BisectStatus status, bool? culpritConfirmed) => status switch
    {
        BisectStatus.CulpritFound => ChangeState.Bisected,
        BisectStatus.Ambiguous => ChangeState.New,
        // The regression held between the endpoints; only its commit could not be confirmed.
        BisectStatus.Inconclusive when culpritConfirmed == false => ChangeState.New,
        _ => ChangeState.Dismissed,
    };
}
