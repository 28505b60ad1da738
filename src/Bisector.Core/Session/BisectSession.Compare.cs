using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

public sealed partial class BisectSession
{
    /// <summary>
    /// <c>compare</c>: measures two revisions against each other in paired rounds with the same rules as the endpoint
    /// check of a bisection, counts both builds' instructions when the metric is a time, and searches nothing.
    /// </summary>
    public async Task<BisectResult> CompareAsync(BisectRequest request, CancellationToken cancellationToken)
    {
        _clock.Start();
        var state = new RunState(request, graph.Resolve(request.GoodRev), graph.Resolve(request.BadRev));
        try
        {
            var (baseline, candidate) = (state.Good, state.Bad);
            observer.Phase(new BuildingPair(baseline, candidate));
            var baselineBuild = await BuildEndpointAsync(baseline, "baseline", cancellationToken).ConfigureAwait(false);
            var candidateBuild = await BuildEndpointAsync(candidate, "candidate", cancellationToken).ConfigureAwait(false);

            observer.Phase(new MeasuringPair());
            var comparison = await MeasureEndpointsAsync(baseline.Commit, baselineBuild, candidate.Commit, candidateBuild, [], cancellationToken).ConfigureAwait(false);
            state.Change = comparison.Change;
            state.EndpointRounds = PairedRounds(baseline.Commit, candidate.Commit);
            _notes.Add(new PairCompared(
                baseline.Rev, candidate.Rev, comparison.Outcome, engine.Options.Direction, engine.Options.ThresholdPercent, comparison.Change, comparison.Rounds,
                engine.DetectableShiftPercent(state.EndpointRounds)));
            state.TimeVsInstructions = await CompareWithInstructionsAsync(baseline, candidate, comparison, state.EndpointRounds, cancellationToken).ConfigureAwait(false);
            var endpoints = Endpoints(state);
            SayWhenMultimodal(baseline, state.EndpointRounds.Count, endpoints?.GoodModes ?? []);
            SayWhenMultimodal(candidate, state.EndpointRounds.Count, endpoints?.BadModes ?? []);
            return ResultOf(state, BisectStatus.Compared, endpoints);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ResultOf(state, BisectStatus.Interrupted, Endpoints(state));
        }
    }
}
