using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Mapping;
using Bisector.Core.Progress;
using Bisector.Core.Search.Map;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// A time's map and code layouts: whether a culprit's residue is only where the code landed (then nothing is mapped), and
/// which steps of a map vanish over layouts (then they leave it). <see cref="EveryStep"/> decides what to map; this
/// measures over layouts, through <see cref="LayoutCheck"/>, and says what it found.
/// </summary>
internal sealed class MapLayouts(LayoutCheck layouts, VerdictEngine engine, SessionRecord record, ISessionObserver observer)
{
    /// <summary>
    /// Whether one step accounts for the endpoints' change: unless what it leaves is surely more than the threshold (its
    /// interval, from the two intervals in log scale, lies wholly beyond it), the rest of the range is not mapped. A
    /// residue the noise could hold is not chased: every comparison of a time costs paired rounds, and one near the
    /// threshold runs to the end of its schedule.
    /// </summary>
    public static bool Explains(LevelShift step, LevelShift total, double thresholdPercent)
    {
        var threshold = Log(thresholdPercent);
        var lowest = Log(total.LowPercent) - Log(step.HighPercent);
        var highest = Log(total.HighPercent) - Log(step.LowPercent);
        return lowest < threshold && highest > -threshold;

        static double Log(double percent) => Math.Log(1 + (percent / 100));
    }

    /// <summary>
    /// Where the run's time verdicts are made over code layouts (asked, the endpoints' time and instructions disagreeing,
    /// or a residue checked over them), each remaining step of the map but the culprit is measured against its parent
    /// over the same layouts, and one whose change vanishes there ("placement", or "same") is taken out of the map: where
    /// the code landed, not a step. The culprit has its own layout check after the map.
    /// </summary>
    public async Task<RangeMap> WithoutPlacementAsync(RunState state, RangeMap range, CommitInfo? culprit, CancellationToken cancellationToken)
    {
        var count = layouts.ForRun(state);
        if (count <= 1 || !layouts.CanRelink)
        {
            return range;
        }

        var placed = new HashSet<int>();
        foreach (var step in range.Map.Remaining.ToArray())
        {
            var commit = range.Commit(step.Index);
            if (commit.Sha == culprit?.Sha)
            {
                continue;
            }

            var evidence = await layouts.EvidenceAsync(
                state, ResolvedRevision.Of(range.Commit(step.Index - 1)), ResolvedRevision.Of(commit), count, state.EndpointRounds.Count, automatic: false, cancellationToken).ConfigureAwait(false);
            if (evidence?.Verdict.Finding is Statistics.Layouts.LayoutFinding.Placement or Statistics.Layouts.LayoutFinding.Same)
            {
                placed.Add(step.Index);
                record.Found(new CulpritIsPlacement(commit, count) { Verdict = evidence.Verdict }, sayNow: true);
            }
        }

        return placed.Count == 0 ? range : range.Without(placed);
    }

    /// <summary>
    /// Whether the culprit accounts for the endpoints' change over code layouts, where its default builds did not (the residue
    /// is where the code landed). One
    /// build per commit puts each commit's code where it happens to land, and that alone moves a time by more than most
    /// steps (a residue of -20 % on the sample, with no instruction in it): mapping it would name placement as steps.
    /// The endpoints and the culprit are measured over the layouts asked for, or 8; the run's later time verdicts
    /// (the culprit's layout check, the revert check) then use the same layouts. Not with <c>--layouts 1</c>, nor where
    /// the builder cannot relink (the residue is then mapped on the default builds, unasked layouts being unavailable).
    /// </summary>
    public async Task<bool> ResidueIsPlacementAsync(
        RunState state, CommitInfo parent, CommitInfo culprit, LevelShift step, LevelShift total, Verification verification, CancellationToken cancellationToken)
    {
        var count = LayoutCheck.ForResidue(state);
        if (count <= 1 || !layouts.CanRelink)
        {
            return false;
        }

        state.ResidueLayouts = count;
        observer.Phase(new CheckingResidue(culprit, step.Percent, total.Percent, count));
        var endpoints = await layouts.EvidenceAsync(state, state.Good, state.Bad, count, state.EndpointRounds.Count, automatic: false, cancellationToken).ConfigureAwait(false);
        var culprits = endpoints is null
            ? null
            : await layouts.EvidenceAsync(state, ResolvedRevision.Of(parent), ResolvedRevision.Of(culprit), count, verification.CulpritValues.Count, automatic: false, cancellationToken)
                .ConfigureAwait(false);
        if (endpoints is null || culprits is null)
        {
            return false;
        }

        var (overStep, overTotal) = (Shift(culprits.Verdict), Shift(endpoints.Verdict));
        if (!Explains(overStep, overTotal, engine.Options.ThresholdPercent))
        {
            return false;
        }

        record.Found(new ResidueIsPlacement(culprit, count, step.Percent, total.Percent, overStep.Percent, overTotal.Percent), sayNow: true);
        return true;

        static LevelShift Shift(Statistics.Layouts.LayoutVerdict v) => new(v.ShiftPercent, v.LowPercent, v.HighPercent);
    }
}
