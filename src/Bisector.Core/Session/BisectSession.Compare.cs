using Bisector.Core.Domain;
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
            _notes.Add(ComparisonInWords(baseline.Rev, candidate.Rev, comparison, state.EndpointRounds));
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

    private string ComparisonInWords(string baseline, string candidate, EndpointComparison comparison, IReadOnlyList<PairedRound> rounds)
    {
        var shift = $"{comparison.Change.ShiftPercent:+0.0;-0.0;0.0}% (95% interval {comparison.Change.ShiftLowPercent:+0.0;-0.0;0.0}% to {comparison.Change.ShiftHighPercent:+0.0;-0.0;0.0}%, {comparison.Rounds} paired rounds)";
        var threshold = engine.Options.ThresholdPercent;
        return comparison.Outcome switch
        {
            EndpointOutcome.Regression => $"{candidate} is slower than {baseline} by more than {threshold}%: {shift}.",
            EndpointOutcome.Faster => $"{candidate} is faster than {baseline}: {shift}.",
            EndpointOutcome.NoRegression => $"{candidate} is not slower than {baseline} by more than {threshold}%: {shift}.",
            _ => $"The noise hides whether {candidate} differs from {baseline} by {threshold}%: {shift}; the smallest change these samples could confirm is " +
                 (engine.DetectableShiftPercent(rounds) is { } d ? $"{d:+0.0;-0.0}%." : "beyond reach."),
        };
    }
}
