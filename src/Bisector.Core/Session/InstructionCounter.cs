using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Measurement;
using Bisector.Core.Progress;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// Instruction counts beside a time metric: the endpoints', the culprit's and its parent's, each pair counted when no
/// timed sample runs (up to the probe's <see cref="InstructionProbe.Parallel"/> at once).
/// </summary>
internal sealed class InstructionCounter(
    InstructionProbe? probe, IJournal journal, Sampler sampler, BuildScheduler builds, VerdictEngine engine, SessionRecord record, ISessionObserver observer)
{
    /// <summary>The probe, when instructions are counted beside the metric; null when not asked for.</summary>
    public InstructionProbe? Probe => probe;

    /// <summary>
    /// A verdict decided by time can name a commit whose only effect is where hot code landed: count two builds'
    /// executed instructions too (A B B A), and say whether the change in time comes with a change in work.
    /// Both must have been built. Null when there is no counter here (a finding says so) or counting failed.
    /// </summary>
    public async Task<InstructionEvidence?> CountAsync(CommitInfo baseline, CommitInfo candidate, double timeShiftPercent, CancellationToken cancellationToken)
    {
        if (probe is null)
        {
            return null;
        }

        if (probe.Runner is not { } counter)
        {
            record.Found(new InstructionsUnavailable(probe.Unavailable ?? string.Empty));
            return null;
        }

        observer.Phase(new CountingInstructions(probe.Metric, candidate, baseline));
        if (await CountAsync(counter, [(baseline, builds.Known(baseline)), (candidate, builds.Known(candidate))], cancellationToken).ConfigureAwait(false) is { } failure)
        {
            record.Found(new VerdictOnTimeAlone(failure));
            return null;
        }

        var baselineValues = journal.Samples(baseline.Sha, Series.Instructions);
        var candidateValues = journal.Samples(candidate.Sha, Series.Instructions);
        var baselineMedian = Summary.Of(baselineValues).Median;
        return new InstructionEvidence(
            probe.Metric,
            baselineValues,
            candidateValues,
            baselineMedian == 0 ? 0 : (Summary.Of(candidateValues).Median - baselineMedian) / baselineMedian * 100,
            timeShiftPercent);
    }

    /// <summary>
    /// Counts each build's executed instructions until it has the probe's number of samples (those in the journal count),
    /// the sides taking turns (A B, B A, ...). Counts do not change with load, so up to the probe's
    /// <see cref="InstructionProbe.Parallel"/> run at once. Null when done, else why counting failed.
    /// </summary>
    public async Task<InstructionCountFailed?> CountAsync(IBenchmarkRunner counter, IReadOnlyList<(CommitInfo Commit, BuildOutcome Build)> sides, CancellationToken cancellationToken)
    {
        var missing = sides.Select(side => Math.Max(0, probe!.Samples - journal.Samples(side.Commit.Sha, Series.Instructions).Count)).ToArray();
        var turns = new List<(CommitInfo Commit, BuildOutcome Build)>();
        for (var turn = 0; turn < missing.DefaultIfEmpty().Max(); turn++)
        {
            var order = Enumerable.Range(0, sides.Count).ToArray();
            foreach (var i in turn % 2 == 0 ? order : order.Reverse())
            {
                if (turn < missing[i])
                {
                    turns.Add(sides[i]);
                }
            }
        }

        foreach (var batch in turns.Chunk(probe!.Parallel))
        {
            var samples = await sampler.TakeAtOnceAsync(counter, Series.Instructions, batch, cancellationToken).ConfigureAwait(false);
            foreach (var ((commit, _), sample) in batch.Zip(samples).Where(side => !side.Second.Success))
            {
                return new InstructionCountFailed(commit, sample.Error ?? string.Empty);
            }
        }

        return null;
    }

    /// <summary>
    /// When the metric is a time and an instruction counter exists, counts the endpoints' instructions too, whatever
    /// the time verdict, and says so when the two disagree: a slowdown in time without more work is layout or the
    /// environment; more work without a slowdown in time may show up with another layout.
    /// </summary>
    public async Task<TimeVsInstructions?> CompareEndpointsAsync(
        ResolvedRevision good, ResolvedRevision bad, EndpointComparison time, IReadOnlyList<PairedRound> timeRounds, CancellationToken cancellationToken)
    {
        if (probe?.Runner is null)
        {
            return null;
        }

        var counted = await CountAsync(good.Commit, bad.Commit, time.Change.ShiftPercent, cancellationToken).ConfigureAwait(false);
        if (counted is null)
        {
            return null;
        }

        var detectable = engine.DetectableShiftPercent(timeRounds);
        var finding = TimeVsInstructions.Of(time, detectable, counted, engine.Options.ThresholdPercent, engine.Options.Direction);
        if (finding.Finding != TimeInstructionFinding.Agree)
        {
            // The reports lead with it (from TimeVsInstructions); the progress says it now.
            observer.Found(new TimeInstructionsDisagree(good.Rev, bad.Rev, finding));
        }

        return finding;
    }
}
