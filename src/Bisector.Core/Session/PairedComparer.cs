using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Failures;
using Bisector.Core.Measurement;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// Two builds measured against each other in paired rounds (A B, then B A, ...) until the comparison is sure or the
/// reference schedule ends: the endpoint check, the re-check of a culprit, a merge's branch and <c>compare</c>.
/// </summary>
internal sealed class PairedComparer(IJournal journal, IBenchmarkRunner runner, VerdictEngine engine, Sampler sampler)
{
    /// <summary>Takes one sample per commit, back to back in the order given, and journals them as one round.</summary>
    public Task MeasureRoundAsync(IReadOnlyList<(CommitInfo Commit, BuildOutcome Build)> order, CancellationToken cancellationToken) =>
        MeasureRoundAsync(order, Series.Time, cancellationToken);

    /// <summary>As <see cref="MeasureRoundAsync(IReadOnlyList{ValueTuple{CommitInfo, BuildOutcome}}, CancellationToken)"/>, in the journal's <paramref name="series"/>.</summary>
    public async Task MeasureRoundAsync(IReadOnlyList<(CommitInfo Commit, BuildOutcome Build)> order, string series, CancellationToken cancellationToken)
    {
        var round = Sampler.NewRound();
        foreach (var (commit, build) in order)
        {
            var sample = await sampler.TakeAsync(runner, series, round, commit, build, cancellationToken).ConfigureAwait(false);
            if (!sample.Success)
            {
                throw new BenchmarkFailedException(commit, sample.Error ?? "the benchmark failed");
            }
        }
    }

    /// <summary>A paired comparison whose benchmark must not fail: a failure on a revision that built is a configuration problem.</summary>
    /// <param name="later">Commits the search has not tested yet: their rounds are left out (see <see cref="Rounds"/>).</param>
    public Task<EndpointComparison> CompareAsync(
        CommitInfo baseline, BuildOutcome baselineBuild, CommitInfo candidate, BuildOutcome candidateBuild, IReadOnlyList<CommitInfo> later,
        CancellationToken cancellationToken) =>
        ComparePairedAsync(baseline, baselineBuild, candidate, candidateBuild, later, (comparison, _) => comparison.Outcome != EndpointOutcome.Unsure, cancellationToken);

    /// <summary>
    /// Two commits of a map compared both ways: measured until the comparison is sure they moved by more than the
    /// threshold (either way) or sure they lie within it both ways, or the reference schedule ends. A commit inside the
    /// range may fail its benchmark, as a search step may: that is a <see cref="BenchmarkFailedException"/> for the map to
    /// step around, not a usage error.
    /// </summary>
    public Task<EndpointComparison> CompareBothWaysAsync(
        CommitInfo baseline, BuildOutcome baselineBuild, CommitInfo candidate, BuildOutcome candidateBuild, CancellationToken cancellationToken) =>
        ComparePairedAsync(
            baseline, baselineBuild, candidate, candidateBuild, [],
            (comparison, rounds) => comparison.Outcome is EndpointOutcome.Regression or EndpointOutcome.Faster || engine.SurelyWithinThreshold(rounds),
            cancellationToken,
            failureIsUsage: false);

    /// <summary>
    /// The rounds holding both revisions, except rounds of <paramref name="later"/> commits (ones the search has not tested
    /// yet). In a first run those do not exist yet; when a run is resumed or repeated they do, and leaving them out makes
    /// every comparison see what it saw the first time, so it takes no new sample and reaches the same verdict.
    /// </summary>
    public IReadOnlyList<PairedRound> Rounds(CommitInfo baseline, CommitInfo candidate, IReadOnlyList<CommitInfo>? later = null)
    {
        var laterRounds = (later ?? []).SelectMany(c => journal.Entries(c.Sha, Series.Time)).Select(e => e.Round).ToHashSet(StringComparer.Ordinal);
        if (laterRounds.Count == 0)
        {
            return journal.Rounds(Series.Time, [baseline.Sha, candidate.Sha]).Select(r => new PairedRound(r[0], r[1])).ToArray();
        }

        var candidateByRound = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in journal.Entries(candidate.Sha, Series.Time))
        {
            candidateByRound.TryAdd(entry.Round, entry.Value);
        }

        return journal.Entries(baseline.Sha, Series.Time)
            .DistinctBy(e => e.Round)
            .Where(e => !laterRounds.Contains(e.Round) && candidateByRound.ContainsKey(e.Round))
            .Select(e => new PairedRound(e.Value, candidateByRound[e.Round]))
            .ToArray();
    }

    /// <summary>
    /// Rounds already in the journal count, so a resumed run does not measure them again; rounds of a tested commit
    /// that hold both count too, since they were taken back to back as well.
    /// </summary>
    private async Task<EndpointComparison> ComparePairedAsync(
        CommitInfo baseline, BuildOutcome baselineBuild, CommitInfo candidate, BuildOutcome candidateBuild,
        IReadOnlyList<CommitInfo> later, Func<EndpointComparison, IReadOnlyList<PairedRound>, bool> decided, CancellationToken cancellationToken,
        bool failureIsUsage = true)
    {
        var schedule = engine.Options.ReferenceSchedule;
        EndpointComparison? comparison = null;
        try
        {
            foreach (var target in schedule[0] > engine.Options.RepeatableRounds ? schedule.Prepend(engine.Options.RepeatableRounds) : schedule)
            {
                for (var count = Rounds(baseline, candidate, later).Count; count < target; count++)
                {
                    await MeasureRoundAsync(
                        count % 2 == 0 ? [(baseline, baselineBuild), (candidate, candidateBuild)] : [(candidate, candidateBuild), (baseline, baselineBuild)],
                        cancellationToken).ConfigureAwait(false);
                }

                var rounds = Rounds(baseline, candidate, later);
                comparison = engine.CompareEndpoints(rounds);
                if (decided(comparison, rounds))
                {
                    break;
                }
            }
        }
        catch (BenchmarkFailedException ex) when (failureIsUsage)
        {
            // A failure on a revision that built is a configuration problem.
            throw new UsageException(new BenchmarkFails(ex.Commit, ex.Message, MeasuredBefore: false));
        }

        return comparison ?? throw new InvalidOperationException("The reference schedule is empty.");
    }
}
