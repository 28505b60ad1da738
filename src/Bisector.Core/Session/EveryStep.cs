using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Mapping;
using Bisector.Core.Measurement;
using Bisector.Core.Progress;
using Bisector.Core.Search.Map;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// Every step of the range, not only the one the search named: on a metric that repeats exactly (an instruction count),
/// the range is mapped (<see cref="RangeMapping"/>) through the same builds and journal, so the commits the search
/// measured cost nothing again. A time is left to the search: its steps need paired rounds the map does not take yet.
/// </summary>
internal sealed class EveryStep(ICommitGraph graph, IBuilder builds, IBenchmarkRunner runner, Sampler sampler, IJournal journal, VerdictEngine engine, ISessionObserver observer)
{
    /// <summary>The range's map, or null when the metric is not exact, mapping is off, or the run ended before the endpoints were compared.</summary>
    public async Task<RangeMap?> MapAsync(RunState state, SearchRange plan, BisectStatus status, CancellationToken cancellationToken)
    {
        if (!state.Request.MapSteps || status == BisectStatus.Interrupted || state.EndpointRounds.Count == 0 || !engine.IsRepeatable(state.EndpointRounds))
        {
            return null;
        }

        return await MapAsync(runner, Series.Time, state.Request.Metric, state, plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The range mapped by <paramref name="counter"/>'s values in <paramref name="series"/>: the run's metric, or the work search's instruction counts.</summary>
    public async Task<RangeMap> MapAsync(IBenchmarkRunner counter, string series, string metric, RunState state, SearchRange plan, CancellationToken cancellationToken)
    {
        observer.Phase(new MappingSteps(metric, plan.Commits.Count));
        return await new RangeMapping(builds, sampler, journal, graph)
            .MapAsync(plan.Base, plan.Commits, counter, series, new StepMapOptions(engine.Options.ThresholdPercent, state.Request.Probes), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The commit the run must name by the contract: the largest step in the asked direction that remains at the tip, and its parent.</summary>
    public (CommitInfo Commit, CommitInfo Parent)? Culprit(RangeMap map) =>
        map.Map.Culprit(slower: engine.Options.Direction == Direction.Slower) is { } step ? (map.Commit(step.Index), map.Commit(step.Index - 1)) : null;
}
