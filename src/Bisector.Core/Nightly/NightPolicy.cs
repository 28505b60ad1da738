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

    /// <summary>
    /// Whether no finished night has reported the change yet: it was found after <paramref name="reportedThrough"/>, the
    /// last night of its branch that wrote its report. A night killed after it recorded a change, before its report,
    /// leaves the change to the next night to tell.
    /// </summary>
    public static bool IsUnreported(RecordedChange change, long reportedThrough) => change.FoundNight > reportedThrough;

    /// <summary>Whether <paramref name="sha"/> lies in the step's range (after its before commit, up to its after commit).</summary>
    public static bool Contains(HistoryStep step, string sha, IReadOnlyDictionary<string, int> positions) =>
        positions.TryGetValue(sha, out var at) && positions[step.BeforeSha] < at && at <= positions[step.AfterSha];

    /// <summary>The step to bisect first: the smallest p-value, then the largest in thresholds, then the narrowest range.</summary>
    public static NightStep Clearest(IEnumerable<NightStep> steps) =>
        steps.OrderBy(s => s.Step.PValue).ThenByDescending(s => s.Clarity).ThenBy(s => s.Step.CommitsInRange).First();
}
