using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Measurement;
using Bisector.Core.Progress;
using Bisector.Core.Search;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

public sealed partial class BisectSession
{
    /// <summary>The six orders of good (G), candidate (C) and bad (B): a tested commit's rounds cycle through them, so no
    /// commit always runs first or last.</summary>
    private static readonly int[][] s_bracketOrders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1], [0, 2, 1], [1, 2, 0]];

    private async Task<BuildOutcome> BuildEndpointAsync(ResolvedRevision revision, string role, CancellationToken cancellationToken)
    {
        var outcome = await Builds.BuildAsync(revision.Commit, cancellationToken).ConfigureAwait(false);
        if (!outcome.Success)
        {
            throw new UsageException(
                $"The {role} revision {revision.Rev} ({revision.Commit.ShortSha}) does not build: {outcome.Error}. " +
                $"See {outcome.LogPath}; choose a {role} revision that builds, or fix the config's build commands.");
        }

        return outcome;
    }

    /// <summary>Takes one sample per commit, back to back in the order given, and journals them as one round.</summary>
    private async Task MeasureRoundAsync(IReadOnlyList<(CommitInfo Commit, BuildOutcome Build)> order, CancellationToken cancellationToken)
    {
        var round = Sampler.NewRound();
        foreach (var (commit, build) in order)
        {
            var sample = await _sampler.TakeAsync(runner, TimeSeries, round, commit, build, cancellationToken).ConfigureAwait(false);
            if (!sample.Success)
            {
                throw new BenchmarkFailedException(commit, sample.Error ?? "the benchmark failed");
            }
        }
    }


    /// <summary>
    /// Compares two builds in paired rounds (A B, then B A, ...) until the comparison is sure or the schedule ends.
    /// Rounds already in the journal count, so a resumed run does not measure them again; rounds of a tested commit
    /// that hold both count too, since they were taken back to back as well.
    /// </summary>
    private async Task<EndpointComparison> ComparePairedAsync(
        CommitInfo baseline, BuildOutcome baselineBuild, CommitInfo candidate, BuildOutcome candidateBuild,
        IReadOnlyList<int> schedule, IReadOnlyList<CommitInfo> later, CancellationToken cancellationToken)
    {
        EndpointComparison? comparison = null;
        foreach (var target in schedule[0] > engine.Options.RepeatableRounds ? schedule.Prepend(engine.Options.RepeatableRounds) : schedule)
        {
            for (var count = PairedRounds(baseline, candidate, later).Count; count < target; count++)
            {
                await MeasureRoundAsync(
                    count % 2 == 0 ? [(baseline, baselineBuild), (candidate, candidateBuild)] : [(candidate, candidateBuild), (baseline, baselineBuild)],
                    cancellationToken).ConfigureAwait(false);
            }

            var rounds = PairedRounds(baseline, candidate, later);
            comparison = engine.CompareEndpoints(rounds);
            if (comparison.Outcome != EndpointOutcome.Unsure)
            {
                break;
            }
        }

        return comparison ?? throw new InvalidOperationException("The reference schedule is empty.");
    }

    /// <summary>
    /// The rounds holding both revisions, except rounds of <paramref name="later"/> commits (ones the search has not tested
    /// yet). In a first run those do not exist yet; when a run is resumed or repeated they do, and leaving them out makes
    /// every comparison see what it saw the first time, so it takes no new sample and reaches the same verdict.
    /// </summary>
    private IReadOnlyList<PairedRound> PairedRounds(CommitInfo baseline, CommitInfo candidate, IReadOnlyList<CommitInfo>? later = null)
    {
        var laterRounds = (later ?? []).SelectMany(c => journal.Entries(c.Sha, TimeSeries)).Select(e => e.Round).ToHashSet(StringComparer.Ordinal);
        if (laterRounds.Count == 0)
        {
            return journal.Rounds(TimeSeries, [baseline.Sha, candidate.Sha]).Select(r => new PairedRound(r[0], r[1])).ToArray();
        }

        var candidateByRound = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in journal.Entries(candidate.Sha, TimeSeries))
        {
            candidateByRound.TryAdd(entry.Round, entry.Value);
        }

        return journal.Entries(baseline.Sha, TimeSeries)
            .DistinctBy(e => e.Round)
            .Where(e => !laterRounds.Contains(e.Round) && candidateByRound.ContainsKey(e.Round))
            .Select(e => new PairedRound(e.Value, candidateByRound[e.Round]))
            .ToArray();
    }

    private async Task<StepRecord> TestCommitAsync(RunState state, CommitInfo commit, IReadOnlyList<CommitInfo> later, CancellationToken cancellationToken)
    {
        var build = await Builds.BuildAsync(commit, cancellationToken).ConfigureAwait(false);
        if (!build.Success)
        {
            return new StepRecord(commit, "search", Verdict.Skip, [], null, null, build, new BuildFailed(build.Error, build.LogPath));
        }

        var (good, bad) = (state.Good.Commit, state.Bad.Commit);
        (CommitInfo Commit, BuildOutcome Build)[] members = [(good, state.GoodBuild!), (commit, build), (bad, state.BadBuild!)];
        IReadOnlyList<BracketedRound> Bracketed() =>
            journal.Rounds(TimeSeries, [good.Sha, commit.Sha, bad.Sha]).Select(r => new BracketedRound(r[0], r[1], r[2])).ToArray();

        Task MeasureRound(int count) =>
            MeasureRoundAsync(s_bracketOrders[count % s_bracketOrders.Length].Select(i => members[i]).ToArray(), cancellationToken);
        bool CanLook(IReadOnlyList<BracketedRound> rounds, IReadOnlyList<PairedRound> pool) => engine.CanClassify(rounds.Count, pool.Count) || engine.IsRepeatable(rounds);
        bool CanLookNow() => CanLook(Bracketed(), PairedRounds(good, bad, later));

        Classification? classification = null;
        try
        {
            var schedule = engine.Options.SampleSchedule;
            for (var look = 0; look < schedule.Count; look++)
            {
                for (var count = Bracketed().Count; count < schedule[look]; count++)
                {
                    await MeasureRound(count).ConfigureAwait(false);
                }

                // A look the test cannot pass at this size (a small pool at the first step) comes as soon as it can, a
                // round at a time, and stands for the schedule's next look: as many looks as before, the first sooner.
                if (!CanLookNow() && look + 1 < schedule.Count)
                {
                    for (var count = Bracketed().Count; !CanLookNow() && count < schedule[look + 1]; count++)
                    {
                        await MeasureRound(count).ConfigureAwait(false);
                    }

                    look++;
                }

                var rounds = Bracketed();
                var pool = PairedRounds(good, bad, later);
                if (!CanLook(rounds, pool) && look + 1 < schedule.Count)
                {
                    continue;
                }

                classification = engine.Classify(rounds, pool);
                if (classification.Verdict != Verdict.Unknown)
                {
                    break;
                }
            }
        }
        catch (BenchmarkFailedException ex) when (ex.Commit.Sha == commit.Sha)
        {
            var partial = journal.Samples(commit.Sha, TimeSeries);
            return new StepRecord(commit, "search", Verdict.Skip, partial, partial.Count > 0 ? Summary.Of(partial) : null, null, build, new BenchmarkFailed(ex.Message));
        }
        catch (BenchmarkFailedException ex)
        {
            throw new UsageException($"The benchmark fails on {ex.Commit.ShortSha} ({ex.Commit.Subject}), which it measured before: {ex.Message}. Fix the benchmark command in the config.");
        }

        var values = Bracketed().Select(r => r.Candidate).ToArray();
        var note = classification!.Verdict == Verdict.Unknown ? new StillUnknown(values.Length) : null;
        return new StepRecord(commit, "search", classification.Verdict, values, Summary.Of(values), classification, build, note);
    }

    /// <summary>Measures the culprit against its parent in paired rounds; true when the slowdown holds, else a note says why not.</summary>
    private async Task<bool> VerifyAsync(RunState state, CommitInfo culprit, CommitInfo parent, CancellationToken cancellationToken)
    {
        observer.Phase(new Rechecking(culprit, parent));
        var parentBuild = await Builds.BuildAsync(parent, cancellationToken).ConfigureAwait(false);
        var culpritBuild = await Builds.BuildAsync(culprit, cancellationToken).ConfigureAwait(false);
        if (!parentBuild.Success || !culpritBuild.Success)
        {
            // Not measured: the search's commit stays the one candidate.
            state.Candidates = [culprit];
            _notes.Add(new RecheckNotBuilt(parentBuild.Success ? culprit : parent));
            return false;
        }

        var comparison = await MeasureEndpointsAsync(parent, parentBuild, culprit, culpritBuild, [], cancellationToken).ConfigureAwait(false);
        var rounds = PairedRounds(parent, culprit);
        state.Verification = new Verification(
            culprit.Sha,
            parent.Sha,
            rounds.Select(r => r.Baseline).ToArray(),
            rounds.Select(r => r.Candidate).ToArray(),
            comparison.Outcome,
            comparison.Change);
        if (state.Verification.Confirmed)
        {
            (state.Culprit, state.Candidates) = (culprit, [culprit]);
            return true;
        }

        // Measured and not confirmed: the verdicts that led the search here are in doubt, so no commit is named.
        var options = engine.Options;
        _notes.Add(new RecheckNotConfirmed(
            culprit, parent, comparison.Outcome, options.Direction, options.ThresholdPercent, comparison.Change, comparison.Rounds, options.Alpha, engine.DetectableShiftPercent(rounds)));
        return false;
    }

    /// <summary>A paired comparison whose benchmark must not fail: a failure on a revision that built is a configuration problem.</summary>
    /// <param name="later">Commits the search has not tested yet: their rounds are left out (see <see cref="PairedRounds"/>).</param>
    private async Task<EndpointComparison> MeasureEndpointsAsync(
        CommitInfo baseline, BuildOutcome baselineBuild, CommitInfo candidate, BuildOutcome candidateBuild, IReadOnlyList<CommitInfo> later,
        CancellationToken cancellationToken)
    {
        try
        {
            return await ComparePairedAsync(baseline, baselineBuild, candidate, candidateBuild, engine.Options.ReferenceSchedule, later, cancellationToken).ConfigureAwait(false);
        }
        catch (BenchmarkFailedException ex)
        {
            throw new UsageException($"The benchmark fails on {ex.Commit.ShortSha} ({ex.Commit.Subject}): {ex.Message}. Fix the benchmark command in the config.");
        }
    }

    private void AddEndpointStep(CommitInfo commit, string role, Verdict verdict, IReadOnlyList<double> values, BuildOutcome build)
    {
        var step = new StepRecord(commit, role, verdict, values, values.Count > 0 ? Summary.Of(values) : null, null, build, null)
        {
            Load = LoadSummary.Of(journal.Conditions(commit.Sha, TimeSeries)),
        };
        _steps.Add(step);
        observer.Decided(step);
    }

    private sealed class BenchmarkFailedException(CommitInfo commit, string message) : Exception(message)
    {
        public CommitInfo Commit { get; } = commit;
    }
}
