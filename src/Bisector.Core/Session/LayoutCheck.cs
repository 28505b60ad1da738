using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Measurement;
using Bisector.Core.Progress;
using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Session;

/// <summary>
/// Compares two revisions over several code layouts of each (rounds pairing the same layout of both sides) and keeps
/// what the time change is: the code's, the placement's, both, or none. Null when the builder cannot relink, or a layout failed.
/// </summary>
internal sealed class LayoutCheck(ILayoutBuilder? builder, IBenchmarkRunner runner, Sampler sampler, IJournal journal, VerdictEngine engine, SessionRecord record, ISessionObserver observer, ExecutorKind executor)
{
    /// <summary>How the layouts differ, for the report: a pad of 16 bytes per layout in front of each link's code.</summary>
    public const string Method = "link-pad-16";

    /// <summary>Fewest rounds of each layout, so that every layout's median rests on more than one pair.</summary>
    public const int MinRoundsPerLayout = 3;

    /// <summary>The layouts a run or compare measures over, unasked, when the endpoints' time and instructions disagree.</summary>
    public const int WhenTimeAndInstructionsDisagree = 8;

    /// <summary>
    /// <c>run --layouts K</c>: the endpoints, and a named culprit against its parent, each over K layouts (the search's
    /// steps stay on the default builds). A culprit whose time change over the layouts is placement (it vanishes there, or
    /// is not surely the threshold: <see cref="LayoutComparison.CodeMoved"/>) is where the code landed more than what it
    /// does: it is not named, and the run ends inconclusive saying so. So does a run whose default endpoint
    /// builds showed no change while over the layouts the code surely moved by the threshold (<see cref="LayoutOutcome.Hidden"/>):
    /// "no regression" would say the data shows none. Nothing is done on a count that repeats exactly, which no layout moves.
    /// </summary>
    public async Task<BisectStatus> CheckRunAsync(RunState state, CommitInfo? parent, BisectStatus status, CancellationToken cancellationToken)
    {
        var layouts = ForRun(state);
        if (layouts <= 1)
        {
            return status;
        }

        var automatic = state.Request.Layouts is null && state.ResidueLayouts is null;
        if (await EvidenceAsync(state, state.Good, state.Bad, layouts, state.EndpointRounds.Count, automatic, cancellationToken).ConfigureAwait(false) is { } endpoints)
        {
            var v = endpoints.Verdict;
            state.HiddenByPlacement = LayoutOutcome.Hidden(state.EndpointsOutcome, v, engine.Options.Direction, engine.Options.ThresholdPercent);
            if (state.HiddenByPlacement)
            {
                // The default builds' figure is the endpoint check's, whose verdict the layouts overturn; the default
                // layout's rounds inside the layouts' measurement are another sample of the same builds.
                var shown = state.Change?.ShiftPercent ?? v.DefaultShiftPercent;
                record.Found(new ChangeHiddenByPlacement(state.Good.Rev, state.Bad.Rev, v.Layouts, v.ShiftPercent, v.LowPercent, v.HighPercent, shown), sayNow: true);
                status = LayoutOutcome.RunStatus(status, hidden: true);
            }
        }

        if (status != BisectStatus.CulpritFound || state.Culprit is not { } culprit || parent is null || state.Verification is not { } verification)
        {
            return status;
        }

        var evidence = await EvidenceAsync(state, ResolvedRevision.Of(parent), ResolvedRevision.Of(culprit), layouts, verification.CulpritValues.Count, automatic: false, cancellationToken).ConfigureAwait(false);
        if (evidence is null || evidence.Verdict.Finding != LayoutFinding.Placement)
        {
            return status;
        }

        record.Found(new CulpritIsPlacement(culprit, layouts) { Verdict = evidence.Verdict }, sayNow: true);
        state.Culprit = null;
        return BisectStatus.Inconclusive;
    }

    /// <summary>Whether this run's builder can relink a build in another layout (not on Slurm, nor on a builder that only builds).</summary>
    public bool CanRelink => builder is not null;

    /// <summary>
    /// The layouts the time map's residue is checked over (<see cref="EveryStep"/>): those asked for, else
    /// <see cref="WhenTimeAndInstructionsDisagree"/>; 1 (none) with <c>--layouts 1</c>.
    /// </summary>
    public static int ForResidue(RunState state) => state.Request.Layouts ?? WhenTimeAndInstructionsDisagree;

    /// <summary>
    /// <paramref name="baseline"/> against <paramref name="candidate"/> over <paramref name="layouts"/> layouts, as this run
    /// already measured them or measured now (and kept in the run's state); null when no layout could be measured.
    /// </summary>
    /// <param name="automatic">The layouts were not asked for: the endpoints' time and instructions disagreed.</param>
    public async Task<LayoutEvidence?> EvidenceAsync(
        RunState state, ResolvedRevision baseline, ResolvedRevision candidate, int layouts, int rounds, bool automatic, CancellationToken cancellationToken)
    {
        var work = WorkDirection(state, baseline, candidate);
        var at = state.LayoutsIndex(baseline.Commit.Sha, candidate.Commit.Sha, layouts);
        if (at >= 0)
        {
            // Measured before its instructions were counted (a step of a map, later the culprit): read again with the count.
            var known = state.Layouts[at];
            if (known.Verdict.WorkDirection != work && known.Rounds.Count > 0)
            {
                state.Layouts[at] = known = known with { Verdict = LayoutComparison.Compare(known.Rounds, engine.Options.ThresholdPercent, work) };
            }

            return known;
        }

        var measured = await CompareAsync(baseline, candidate, layouts, rounds, automatic, work, cancellationToken).ConfigureAwait(false);
        if (measured is not null)
        {
            state.Layouts.Add(measured);
        }

        return measured;
    }

    /// <summary>
    /// The layouts a comparison runs in: those asked for, else <see cref="WhenTimeAndInstructionsDisagree"/> where the
    /// endpoints' time and instruction counts disagree (a time change the work does not show is often where the code
    /// landed), else 1.
    /// </summary>
    public static int For(int? asked, TimeVsInstructions? endpoints) =>
        asked ?? (endpoints is { Finding: not TimeInstructionFinding.Agree } ? WhenTimeAndInstructionsDisagree : 1);

    /// <summary>
    /// The layouts a run's or a compare's time verdicts are checked over: 1 without a change measured, or on a count that
    /// repeats exactly, which no layout moves; else <see cref="For"/>, where a residue checked over layouts counts as asked.
    /// </summary>
    public int ForRun(RunState state) =>
        state.Change is null || engine.IsRepeatable(state.EndpointRounds) ? 1 : For(state.Request.Layouts ?? state.ResidueLayouts, state.TimeVsInstructions);

    /// <summary>
    /// Which way the instructions moved between <paramref name="baseline"/> and <paramref name="candidate"/> where this run
    /// counted them: the endpoints (beside their time), or the culprit against its parent; else null.
    /// </summary>
    public static int? WorkDirection(RunState state, ResolvedRevision baseline, ResolvedRevision candidate)
    {
        var pair = (baseline.Commit.Sha, candidate.Commit.Sha);
        var percent = (pair == (state.Good.Commit.Sha, state.Bad.Commit.Sha) ? state.TimeVsInstructions?.InstructionShiftPercent : null)
            ?? (state.Instructions is { } counted && pair == (state.Verification?.ParentSha, state.Culprit?.Sha) ? counted.ChangePercent : null);
        return percent is { } p ? InstructionEvidence.Direction(p) : null;
    }

    /// <param name="automatic">The layouts were not asked for: the endpoints' time and instructions disagreed.</param>
    /// <param name="workDirection">Which way the two sides' instructions moved, when counted (<see cref="LayoutComparison.Compare"/>).</param>
    public async Task<LayoutEvidence?> CompareAsync(
        ResolvedRevision baseline, ResolvedRevision candidate, int layouts, int rounds, bool automatic, int? workDirection, CancellationToken cancellationToken)
    {
        observer.Phase(new MeasuringLayouts(layouts, automatic));
        if (builder is null)
        {
            record.Found(new LayoutsUnavailable(executor), sayNow: true);
            return null;
        }

        var perLayout = Math.Max(MinRoundsPerLayout, (rounds + layouts - 1) / layouts);
        var (taken, failure) = await new LayoutRounds(builder, sampler, journal)
            .TakeAsync(runner, Series.Time, baseline.Commit, candidate.Commit, layouts, perLayout, cancellationToken).ConfigureAwait(false);
        if (taken is null)
        {
            record.Found(new LayoutsFailed(failure!.Layout, failure.Commit.Sha, failure.Built, failure.Error), sayNow: true);
            return null;
        }

        var verdict = LayoutComparison.Compare(taken, engine.Options.ThresholdPercent, workDirection);
        return new LayoutEvidence(baseline, candidate, Method, verdict) { Rounds = taken };
    }
}
