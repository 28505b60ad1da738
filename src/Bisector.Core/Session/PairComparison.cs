using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// <c>compare</c>: measures two revisions against each other in paired rounds with the same rules as the endpoint
/// check of a bisection, counts both builds' instructions when the metric is a time, and searches nothing.
/// </summary>
internal sealed class PairComparison(ICommitGraph graph, SessionCrew crew, VerdictEngine engine, ISessionObserver observer)
{
    public Task<BisectResult> RunAsync(BisectRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, graph.Resolve(request.GoodRev), graph.Resolve(request.BadRev), cancellationToken);

    /// <summary>The comparison of two revisions the caller resolved already.</summary>
    public async Task<BisectResult> RunAsync(BisectRequest request, ResolvedRevision baseline, ResolvedRevision candidate, CancellationToken cancellationToken)
    {
        var state = new RunState(request, baseline, candidate);
        try
        {
            observer.Phase(new BuildingPair(baseline, candidate));
            var baselineBuild = await crew.Builds.BuildEndpointAsync(baseline, "baseline", cancellationToken).ConfigureAwait(false);
            var candidateBuild = await crew.Builds.BuildEndpointAsync(candidate, "candidate", cancellationToken).ConfigureAwait(false);

            observer.Phase(new MeasuringPair());
            var comparison = await crew.Pairs.CompareAsync(baseline.Commit, baselineBuild, candidate.Commit, candidateBuild, [], cancellationToken).ConfigureAwait(false);
            state.EndpointComparison = comparison;
            state.EndpointRounds = crew.Pairs.Rounds(baseline.Commit, candidate.Commit);
            var compared = new PairCompared(
                baseline.Rev, candidate.Rev, comparison.Outcome, engine.Options.Direction, engine.Options.ThresholdPercent, comparison.Change, comparison.Rounds,
                engine.DetectableShiftPercent(state.EndpointRounds));
            crew.Record.Found(compared);
            state.TimeVsInstructions = await crew.Counts.CompareEndpointsAsync(baseline, candidate, comparison, state.EndpointRounds, cancellationToken).ConfigureAwait(false);
            if (crew.Layouts.ForRun(state) is > 1 and var count)
            {
                if (await crew.Layouts.EvidenceAsync(state, baseline, candidate, count, comparison.Rounds, automatic: request.Layouts is null, cancellationToken).ConfigureAwait(false) is { } layouts)
                {
                    // Over layouts, where the code landed is part of the noise: that verdict leads, the default builds' follows it.
                    crew.Record.Replace(compared, compared with { OverLayouts = layouts.Verdict });
                }
            }

            return crew.Results.Of(state, BisectStatus.Compared);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return crew.Results.Of(state, BisectStatus.Interrupted, sayModes: false);
        }
    }
}
