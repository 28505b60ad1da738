using System.Diagnostics;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Reverting;
using Bisector.Core.Search;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// The orchestrator: confirm the change between the endpoints, search, re-check the culprit against its parent (and
/// descend into a merge), count its instructions, and follow the work where time named no commit that does more work.
/// Each job is a collaborator of <see cref="SessionCrew"/>; git, builds, benchmarks and the journal are interfaces.
/// </summary>
public sealed class BisectSession(
    ICommitGraph graph,
    IBuilder builder,
    IBenchmarkRunner runner,
    IJournal journal,
    VerdictEngine engine,
    ISessionObserver observer,
    InstructionProbe? instructions = null)
{
    private SessionCrew? _crew;

    /// <summary>Commits tested at once in each round of the search: 1 is a bisection, k splits the range into k + 1 parts.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>In a bisection, build the next commits either verdict would pick while one is measured (off with --no-build-ahead).</summary>
    public bool BuildAheadEnabled { get; init; } = true;

    /// <summary>Where builds and samples ran, for the report.</summary>
    public ExecutorKind Executor { get; init; } = ExecutorKind.Local;

    /// <summary>Undoes a found culprit at the tip to measure what it still costs there; null turns the revert check off (--no-revert-check).</summary>
    public IReverter? Reverter { get; init; }

    /// <summary>The collaborators, made at the first run (after the init properties are set) and kept for the session.</summary>
    private SessionCrew Crew => _crew ??= new SessionCrew(graph, builder, runner, journal, engine, observer, instructions, BuildAheadEnabled, Workers, Executor);

    public Task<BisectResult> RunAsync(BisectRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, SearchRange.Plan(graph, request.GoodRev, request.BadRev), cancellationToken);

    /// <summary>A bisection of a range the caller planned already (the command line's, checked before anything was written).</summary>
    public async Task<BisectResult> RunAsync(BisectRequest request, SearchRange plan, CancellationToken cancellationToken)
    {
        var crew = Crew;
        var state = new RunState(request, plan.Good, plan.Bad);
        try
        {
            var status = await RunCoreAsync(state, plan, cancellationToken).ConfigureAwait(false);
            await CountEndpointsAsync(state, cancellationToken).ConfigureAwait(false);
            status = await MapEveryStepAsync(state, plan, status, cancellationToken).ConfigureAwait(false);
            status = await crew.Layouts.CheckRunAsync(state, state.Verification is { } v ? graph.Lookup(v.ParentSha) : null, status, cancellationToken).ConfigureAwait(false);
            await CheckRevertAsync(state, status, cancellationToken).ConfigureAwait(false);
            state.Work = await crew.Work.FollowAsync(state, plan, status, cancellationToken).ConfigureAwait(false);
            return crew.Results.Of(state, status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The headline says it was interrupted, and the caller, which knows the command line, how to resume.
            return crew.Results.Of(state, BisectStatus.Interrupted);
        }
        finally
        {
            // No build ahead outlives the run: it would hold a checkout and a CPU after the answer.
            await crew.Builds.StopBuildingAheadAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>profile REV --revert-at BAD</c>: <paramref name="culprit"/> undone at <paramref name="tip"/> and measured against it,
    /// as a share of the culprit's own change against <paramref name="versus"/>, measured first in the same paired rounds;
    /// null without a reverter.
    /// </summary>
    public async Task<RevertCheck?> RevertAtAsync(CommitInfo culprit, CommitInfo versus, CommitInfo tip, CancellationToken cancellationToken)
    {
        if (Reverter is not { } reverter)
        {
            return null;
        }

        var (before, after) = (await Crew.Builds.BuildAsync(versus, cancellationToken).ConfigureAwait(false), await Crew.Builds.BuildAsync(culprit, cancellationToken).ConfigureAwait(false));
        var own = before.Success && after.Success
            ? (await Crew.Pairs.CompareAsync(versus, before, culprit, after, [], cancellationToken).ConfigureAwait(false)).Change.ShiftPercent
            : (double?)null;
        var explained = own is { } shift ? new ExplainedChange(shift, ResolvedRevision.Of(versus), ResolvedRevision.Of(culprit), Layouts: 1) : null;
        return await new RevertChecker(reverter, Crew.Builds, Crew.Pairs, Crew.Layouts, Crew.Counts, engine.Options.ThresholdPercent).CheckAsync(culprit, tip, explained, layoutCount: 1, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The culprit found undone at bad and measured against bad: how much of the endpoints' change it takes back. Steps the
    /// map shows undone by a later step are not reverted (nothing of them is left at bad); the report says which and why.
    /// </summary>
    private async Task CheckRevertAsync(RunState state, BisectStatus status, CancellationToken cancellationToken)
    {
        if (state.Map is { } map)
        {
            state.NotReverted = UndoneStepNotReverted.Of(map);
        }

        if (status == BisectStatus.CulpritFound && state.Culprit is { } culprit && Reverter is { } reverter)
        {
            // Over layouts when the run's verdicts were, against the endpoints' change measured the same way (their default
            // builds' when the revert starts on those: it goes over layouts on its own only with that change measured again).
            var layouts = Crew.Layouts.ForRun(state);
            var endpoints = state.LayoutsIndex(state.Good.Commit.Sha, state.Bad.Commit.Sha, layouts) is >= 0 and var at ? state.Layouts[at] : null;
            var work = LayoutCheck.WorkDirection(state, state.Good, state.Bad);
            var explained = endpoints is { Verdict: var v } ? new ExplainedChange(v.ShiftPercent, state.Good, state.Bad, v.Layouts, work)
                : state.Change is { } change ? new ExplainedChange(change.ShiftPercent, state.Good, state.Bad, Layouts: 1, work)
                : null;
            state.Revert = await new RevertChecker(reverter, Crew.Builds, Crew.Pairs, Crew.Layouts, Crew.Counts, engine.Options.ThresholdPercent)
                .CheckAsync(culprit, state.Bad.Commit, explained, layouts, cancellationToken).ConfigureAwait(false);
            foreach (var evidence in new[] { state.Revert.ExplainedOverLayouts, state.Revert.OverLayouts }.OfType<LayoutEvidence>())
            {
                if (state.LayoutsIndex(evidence.Baseline.Commit.Sha, evidence.Candidate.Commit.Sha, evidence.Verdict.Layouts) < 0)
                {
                    state.Layouts.Add(evidence);
                }
            }
        }
    }

    /// <summary><c>compare</c>: two revisions measured against each other, nothing searched (see <see cref="PairComparison"/>).</summary>
    public Task<BisectResult> CompareAsync(BisectRequest request, CancellationToken cancellationToken) =>
        new PairComparison(graph, Crew, engine, observer).RunAsync(request, cancellationToken);

    /// <summary><c>compare</c> of two revisions the caller resolved already.</summary>
    public Task<BisectResult> CompareAsync(BisectRequest request, ResolvedRevision baseline, ResolvedRevision candidate, CancellationToken cancellationToken) =>
        new PairComparison(graph, Crew, engine, observer).RunAsync(request, baseline, candidate, cancellationToken);

    private async Task<BisectStatus> RunCoreAsync(RunState state, SearchRange plan, CancellationToken cancellationToken)
    {
        var (crew, good, bad, range) = (Crew, plan.Good, plan.Bad, plan.Commits);
        if (plan.FromMergeBase)
        {
            crew.Record.Found(new SearchFromMergeBase(good.Rev, bad.Rev, plan.Base), sayNow: true);
        }

        observer.Phase(new BuildingEndpoints(good, bad));
        var goodBuild = await crew.Builds.BuildEndpointAsync(good, "good", cancellationToken).ConfigureAwait(false);
        var badBuild = await crew.Builds.BuildEndpointAsync(bad, "bad", cancellationToken).ConfigureAwait(false);
        var endpoints = new BuiltEndpoints(good.Commit, goodBuild, bad.Commit, badBuild);

        observer.Phase(new ConfirmingChange());
        var comparison = await ConfirmChangeAsync(state, endpoints, range, cancellationToken).ConfigureAwait(false);
        if (comparison.Outcome != EndpointOutcome.Regression)
        {
            await CountEndpointsAsync(state, cancellationToken).ConfigureAwait(false);
            return EndWithoutSearch(state, comparison);
        }

        observer.Phase(new Searching(comparison.Change.ShiftPercent, range.Count, new BisectionSearch(range.Count).EstimatedStepsLeft(1)));
        var decision = await crew.Search.SearchAsync(endpoints, range, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            switch (decision)
            {
                case SearchDecision.Culprit culprit:
                    var status = await RecheckAndExplainAsync(state, range[culprit.Index], culprit.Index == 0 ? plan.Base : range[culprit.Index - 1], cancellationToken).ConfigureAwait(false);
                    if (!RecheckFailed(state, status)
                        || await crew.Repair.RepairAsync(endpoints, range, culprit.Index, state.Verification!.Outcome == EndpointOutcome.Unsure, cancellationToken)
                            .ConfigureAwait(false) is not { } taken)
                    {
                        return status;
                    }

                    decision = await crew.Search.ResumeAsync(endpoints, range, taken, cancellationToken).ConfigureAwait(false);
                    break;
                case SearchDecision.Ambiguous ambiguous:
                    state.Candidates = ambiguous.Indexes.Select(i => range[i]).ToArray();
                    crew.Record.Found(new CulpritAmongCandidates(state.Candidates.Count));
                    return BisectStatus.Ambiguous;
                default:
                    throw new UnreachableException(decision.ToString());
            }
        }
    }

    /// <summary>
    /// The endpoints' instructions against their time (<see cref="InstructionCounter.CompareEndpointsAsync"/>), once. With a
    /// change to search they are counted after the search and the re-check: they explain the answer and decide how it is
    /// checked (over layouts or not), but the answer does not wait for them.
    /// </summary>
    private async Task CountEndpointsAsync(RunState state, CancellationToken cancellationToken)
    {
        if (state.TimeVsInstructions is null && state.EndpointComparison is { } comparison)
        {
            state.TimeVsInstructions = await Crew.Counts.CompareEndpointsAsync(state.Good, state.Bad, comparison, state.EndpointRounds, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The re-check did not confirm the search's commit against its parent: a verdict that led there was wrong, or the
    /// change is spread below the threshold, or the noise hides it. <see cref="StepRepair"/> tells the first apart.
    /// </summary>
    private static bool RecheckFailed(RunState state, BisectStatus status) =>
        status == BisectStatus.Inconclusive && state.Verification is { Confirmed: false };

    /// <summary>
    /// Every step of the range (see <see cref="EveryStep"/>); the commit named is then the largest step in the asked
    /// direction that remains at the tip (a step a later commit undid is not it), re-checked and counted like the search's.
    /// </summary>
    private async Task<BisectStatus> MapEveryStepAsync(RunState state, SearchRange plan, BisectStatus status, CancellationToken cancellationToken)
    {
        state.Map = await Crew.EveryStep.MapAsync(state, plan, status, cancellationToken).ConfigureAwait(false);
        if (state.Map is not { } map || Crew.EveryStep.Culprit(map) is not var (commit, parent) || commit.Sha == state.Culprit?.Sha)
        {
            return status;
        }

        if (state.Verification is { } rechecked && rechecked.CommitSha == commit.Sha && rechecked.ParentSha == parent.Sha)
        {
            // The search's commit, whose re-check did not confirm it: the map's rounds are the re-check's, and say no more.
            return status;
        }

        return await RecheckAndExplainAsync(state, commit, parent, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Good and bad measured back to back; their rounds become the pool every step is judged against, and the first two steps.</summary>
    private async Task<EndpointComparison> ConfirmChangeAsync(RunState state, BuiltEndpoints endpoints, IReadOnlyList<CommitInfo> range, CancellationToken cancellationToken)
    {
        var beforeBad = range.Take(range.Count - 1).ToArray();
        var comparison = await Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, beforeBad, cancellationToken).ConfigureAwait(false);
        state.EndpointComparison = comparison;
        state.EndpointRounds = Crew.Pairs.Rounds(endpoints.Good, endpoints.Bad, beforeBad);
        state.RangeLength = range.Count;
        var badVerdict = comparison.Outcome switch
        {
            EndpointOutcome.Regression => Verdict.Bad,
            EndpointOutcome.NoRegression or EndpointOutcome.Faster => Verdict.Good,
            _ => Verdict.Unknown,
        };
        Crew.Record.Endpoints(endpoints, state.EndpointRounds, (StepRole.Good, StepRole.Bad), badVerdict);
        return comparison;
    }

    /// <summary>
    /// The search's commit re-checked against its parent: not built again, it stays the one candidate (ambiguous); measured
    /// and not confirmed, no commit is named (inconclusive). A confirmed merge is descended into; the culprit's instructions
    /// are counted.
    /// </summary>
    private async Task<BisectStatus> RecheckAndExplainAsync(RunState state, CommitInfo commit, CommitInfo parent, CancellationToken cancellationToken)
    {
        var crew = Crew;
        state.Verification = await crew.Recheck.RunAsync(commit, parent, cancellationToken).ConfigureAwait(false);
        switch (state.Verification)
        {
            case null:
                state.Candidates = [commit];
                return BisectStatus.Ambiguous;
            case { Confirmed: false }:
                return BisectStatus.Inconclusive;
        }

        (state.Culprit, state.Candidates, state.LineCommit) = (commit, [commit], commit);
        while (state.Culprit.IsMerge && await crew.Merges.DescendAsync(state.Culprit, cancellationToken).ConfigureAwait(false) is { } branch)
        {
            (state.Culprit, state.Candidates, state.Verification) = (branch.Culprit, [branch.Culprit], branch.Verification);
        }

        state.Instructions = await crew.Counts.CountAsync(
            graph.Lookup(state.Verification.ParentSha), state.Culprit, state.Verification.Change.ShiftPercent, cancellationToken).ConfigureAwait(false);
        if (state.Instructions is { } counted)
        {
            observer.Found(new CulpritInstructionsCounted(counted));
        }

        return BisectStatus.CulpritFound;
    }

    /// <summary>
    /// The endpoints did not show the change the search needs. Say which of three things the data shows: no change
    /// above the threshold; a change the other way (swapped endpoints?); or noise too large to tell.
    /// </summary>
    private BisectStatus EndWithoutSearch(RunState state, EndpointComparison comparison)
    {
        var (good, bad, options) = (state.Good.Rev, state.Bad.Rev, engine.Options);
        switch (comparison.Outcome)
        {
            case EndpointOutcome.NoRegression:
                Crew.Record.Found(new NothingToBisect(good, bad, options.Direction, options.ThresholdPercent, comparison.Change, comparison.Rounds));
                return BisectStatus.NoRegression;
            case EndpointOutcome.Faster:
                Crew.Record.Found(new EndpointsSwapped(good, bad, options.Direction, comparison.Change));
                return BisectStatus.NoRegression;
            default:
                Crew.Record.Found(new EndpointsUnsure(
                    good, bad, options.Direction, options.ThresholdPercent, comparison.Change, comparison.Rounds, options.Alpha, engine.DetectableShiftPercent(state.EndpointRounds)));
                return BisectStatus.Inconclusive;
        }
    }
}
