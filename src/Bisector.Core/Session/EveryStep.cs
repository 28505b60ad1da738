using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Mapping;
using Bisector.Core.Measurement;
using Bisector.Core.Progress;
using Bisector.Core.Search.Map;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// Every step of the range, not only the one the search named. On a metric that repeats exactly (an instruction count)
/// the whole range is mapped (<see cref="RangeMapping"/>) through the same builds and journal, so the commits the
/// search measured cost nothing again. On a time, where every comparison costs paired rounds, the map is made where the
/// search leaves something to explain: around its culprit when the culprit's shift against its parent does not account
/// for the endpoints' change, and over the whole range when the search could confirm no commit (a slope, or several
/// steps none of which its bisection could pin down).
/// </summary>
internal sealed class EveryStep(
    ICommitGraph graph, BuildScheduler builds, IBenchmarkRunner runner, Sampler sampler, IJournal journal, PairedComparer pairs, VerdictEngine engine,
    MapLayouts mapLayouts, ISessionObserver observer)
{
    /// <summary>The range's map, or null when mapping is off, the run ended before a confirmed change, or a time's culprit explains it all.</summary>
    public async Task<RangeMap?> MapAsync(RunState state, SearchRange plan, BisectStatus status, CancellationToken cancellationToken)
    {
        if (!state.Request.MapSteps || status == BisectStatus.Interrupted || state.EndpointRounds.Count == 0)
        {
            return null;
        }

        if (engine.IsRepeatable(state.EndpointRounds))
        {
            return await MapAsync(runner, Series.Time, state.Request.Metric, state, plan, cancellationToken).ConfigureAwait(false);
        }

        return await MapTimeAsync(state, plan, status, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The range mapped by <paramref name="counter"/>'s values in <paramref name="series"/>: the run's metric, or the work search's instruction counts.</summary>
    public async Task<RangeMap> MapAsync(IBenchmarkRunner counter, string series, string metric, RunState state, SearchRange plan, CancellationToken cancellationToken)
    {
        observer.Phase(new MappingSteps(metric, plan.Commits.Count));
        return await new RangeMapping(builds, sampler, journal, graph)
            .MapAsync(plan.Base, plan.Commits, counter, series, Options(state), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The commit the run must name by the contract: the largest step in the asked direction that remains at the tip, and its parent.</summary>
    public (CommitInfo Commit, CommitInfo Parent)? Culprit(RangeMap map) =>
        map.Map.Culprit(slower: engine.Options.Direction == Direction.Slower) is { } step ? (map.Commit(step.Index), map.Commit(step.Index - 1)) : null;

    /// <summary>
    /// A time's map in paired rounds (<see cref="PairedLevels"/>). Only with the endpoints' change confirmed: around a
    /// confirmed culprit on the first-parent line that surely leaves more than the threshold of it unexplained; over the
    /// whole range when the search ended inconclusive (its commit not confirmed, a repair that held) or ambiguous between
    /// commits that all built (a verdict unknown at the cap: a commit between two steps, or on a slope). Candidates that
    /// do not build stay the answer: no comparison can say more of them.
    /// </summary>
    private async Task<RangeMap?> MapTimeAsync(RunState state, SearchRange plan, BisectStatus status, CancellationToken cancellationToken)
    {
        if (state.EndpointsOutcome != EndpointOutcome.Regression || state.Change is not { } change)
        {
            return null;
        }

        var line = plan.Commits.Prepend(plan.Base).ToArray();
        var total = PairedLevels.Shift(change);
        var levels = new PairedLevels(line, builds, pairs);
        var mapper = TimeMapper(levels, state);
        StepMap map;
        switch (status)
        {
            case BisectStatus.CulpritFound when state.Verification is { Confirmed: true } verification && state.Culprit is { } culprit:
                // A culprit on a merged branch is mapped around the merge that brought it in, on the line.
                var step = PairedLevels.Shift(verification.Change);
                var onLine = state.LineCommit ?? culprit;
                var index = Array.FindIndex(line, c => c.Sha == onLine.Sha);
                if (index < 1 || MapLayouts.Explains(step, total, engine.Options.ThresholdPercent)
                    || await mapLayouts.ResidueIsPlacementAsync(state, graph.Lookup(verification.ParentSha), culprit, step, total, verification, cancellationToken).ConfigureAwait(false))
                {
                    // Explained within the threshold and the noise (the report gives its share), or only where the code landed.
                    return null;
                }

                observer.Phase(new MappingTimeSteps(state.Request.Metric, plan.Commits.Count, culprit, step.Percent, total.Percent));
                map = await mapper.MapAroundAsync(line.Length - 1, index, step, cancellationToken).ConfigureAwait(false);
                var around = new RangeMap(map, line, Series.Time, levels.Measured, engine.Options.ThresholdPercent);
                if (onLine.Sha != culprit.Sha)
                {
                    around = await BranchAroundAsync(state, around, index, culprit, graph.Lookup(verification.ParentSha), step, cancellationToken).ConfigureAwait(false);
                }

                return await mapLayouts.WithoutPlacementAsync(state, around, culprit, cancellationToken).ConfigureAwait(false);
            case BisectStatus.Inconclusive:
            case BisectStatus.Ambiguous when await AllBuildAsync(state.Candidates, cancellationToken).ConfigureAwait(false):
                observer.Phase(new MappingTimeSteps(state.Request.Metric, plan.Commits.Count, null, null, total.Percent));
                map = await mapper.MapAsync(line.Length - 1, cancellationToken).ConfigureAwait(false);
                break;
            default:
                return null;
        }

        return await mapLayouts.WithoutPlacementAsync(state, new RangeMap(map, line, Series.Time, levels.Measured, engine.Options.ThresholdPercent), null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// The map around a merge on the line with the merge's step given to the branch it brought in: the branch is mapped
    /// around <paramref name="culprit"/>, the commit of it the search descended to, as the line is around the merge, so
    /// that a branch which moved in more than one step names each. A culprit off the branch's first-parent line (in a merge
    /// of its own) takes the merge's step alone.
    /// </summary>
    private async Task<RangeMap> BranchAroundAsync(
        RunState state, RangeMap around, int mergeIndex, CommitInfo culprit, CommitInfo parent, LevelShift step, CancellationToken cancellationToken)
    {
        var merge = around.Commit(mergeIndex);
        var branch = merge.IsMerge ? MergeSteps.BranchLine(graph, merge).ToArray() : [];
        var at = Array.FindIndex(branch, c => c.Sha == culprit.Sha);
        if (at < 1 || branch[at - 1].Sha != parent.Sha)
        {
            return MergeSteps.StepOnBranch(around, mergeIndex, culprit, parent);
        }

        observer.Phase(new MappingTimeBranch(state.Request.Metric, merge, branch.Length - 1, culprit));
        var levels = new PairedLevels(branch, builds, pairs);
        try
        {
            var map = await TimeMapper(levels, state)
                .MapAroundAsync(branch.Length - 1, at, step, cancellationToken).ConfigureAwait(false);
            return MergeSteps.IntoBranch(around, mergeIndex, new RangeMap(map, branch, Series.Time, levels.Measured, engine.Options.ThresholdPercent));
        }
        catch (UnmeasurableCommitException)
        {
            // An end of the branch (its merge base, or its tip that the merge fixed) cannot be built or measured: the
            // branch cannot be compared end to end, and the culprit keeps the merge's step alone.
            return MergeSteps.StepOnBranch(around, mergeIndex, culprit, parent);
        }
    }

    private async Task<bool> AllBuildAsync(IReadOnlyList<CommitInfo> commits, CancellationToken cancellationToken)
    {
        foreach (var commit in commits)
        {
            if (!(await builds.BuildAsync(commit, cancellationToken).ConfigureAwait(false)).Success)
            {
                return false;
            }
        }

        return true;
    }

    private StepMapOptions Options(RunState state) => new(engine.Options.ThresholdPercent, state.Request.Probes);

    /// <summary>A mapper of paired-round levels: on a time no commit is probed inside agreeing segments unless asked.</summary>
    private StepMapper TimeMapper(PairedLevels levels, RunState state) => new(levels, Options(state) with { Probes = state.Request.Probes ?? 0 });
}
