using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

public sealed partial class BisectSession
{
    private async Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken)
    {
        if (_builds.TryGetValue(commit.Sha, out var known))
        {
            return known;
        }

        var outcome = await builder.BuildAsync(commit, cancellationToken).ConfigureAwait(false);
        _builds[commit.Sha] = outcome;
        observer.Built(commit, outcome);
        return outcome;
    }

    private async Task<BuildOutcome> BuildEndpointAsync(ResolvedRevision revision, string role, CancellationToken cancellationToken)
    {
        var outcome = await BuildAsync(revision.Commit, cancellationToken).ConfigureAwait(false);
        if (!outcome.Success)
        {
            throw new UsageException(
                $"The {role} revision {revision.Rev} ({revision.Commit.ShortSha}) does not build: {outcome.Error}. " +
                $"See {outcome.LogPath}; choose a {role} revision that builds, or fix the config's build commands.");
        }

        return outcome;
    }

    /// <summary>Takes one sample and journals it; a failing benchmark is a <see cref="BenchmarkFailedException"/>.</summary>
    private async Task MeasureOnceAsync(CommitInfo commit, BuildOutcome build, string series, CancellationToken cancellationToken)
    {
        var sample = await TimedAsync(async () =>
        {
            if (_warmed.Add(build.ArtifactDirectory))
            {
                await runner.WarmUpAsync(build, cancellationToken).ConfigureAwait(false);
            }

            return await runner.MeasureAsync(build, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

        if (!sample.Success)
        {
            throw new BenchmarkFailedException(sample.Error ?? "the benchmark failed");
        }

        journal.Append(commit.Sha, series, sample.Value);
        observer.Measured(commit, journal.Samples(commit.Sha, series).Count, sample.Value);
    }

    /// <summary>
    /// Measures two builds in alternation (A B B A ...) until the comparison is sure or the schedule ends.
    /// Samples already in the journal count, so a resumed run does not measure them again.
    /// </summary>
    private async Task<EndpointComparison> CompareAsync(
        CommitInfo baseline, BuildOutcome baselineBuild, CommitInfo candidate, BuildOutcome candidateBuild,
        string series, IReadOnlyList<int> schedule, CancellationToken cancellationToken)
    {
        EndpointComparison? comparison = null;
        foreach (var target in schedule)
        {
            for (var round = 0; ; round++)
            {
                var needBaseline = journal.Samples(baseline.Sha, series).Count < target;
                var needCandidate = journal.Samples(candidate.Sha, series).Count < target;
                if (!needBaseline && !needCandidate)
                {
                    break;
                }

                var baselineFirst = round % 2 == 0;
                foreach (var takeBaseline in baselineFirst ? new[] { true, false } : [false, true])
                {
                    if (takeBaseline && needBaseline)
                    {
                        await MeasureEndpointAsync(baseline, baselineBuild, series, cancellationToken).ConfigureAwait(false);
                    }
                    else if (!takeBaseline && needCandidate)
                    {
                        await MeasureEndpointAsync(candidate, candidateBuild, series, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            comparison = engine.CompareEndpoints(journal.Samples(baseline.Sha, series), journal.Samples(candidate.Sha, series));
            if (comparison.Outcome != EndpointOutcome.Unsure)
            {
                break;
            }
        }

        return comparison ?? throw new InvalidOperationException("The reference schedule is empty.");
    }

    private async Task MeasureEndpointAsync(CommitInfo commit, BuildOutcome build, string series, CancellationToken cancellationToken)
    {
        try
        {
            await MeasureOnceAsync(commit, build, series, cancellationToken).ConfigureAwait(false);
        }
        catch (BenchmarkFailedException ex)
        {
            throw new UsageException($"The benchmark fails on {commit.ShortSha} ({commit.Subject}): {ex.Message}. Fix the benchmark command in the config.");
        }
    }

    private async Task<StepRecord> TestCommitAsync(RunState state, CommitInfo commit, CancellationToken cancellationToken)
    {
        var build = await BuildAsync(commit, cancellationToken).ConfigureAwait(false);
        if (!build.Success)
        {
            return new StepRecord(commit, "search", Verdict.Skip, [], null, null, build, $"build failed: {build.Error} (log: {build.LogPath})");
        }

        Classification? classification = null;
        try
        {
            foreach (var target in engine.Options.SampleSchedule)
            {
                while (journal.Samples(commit.Sha, SearchSeries).Count < target)
                {
                    await MeasureOnceAsync(commit, build, SearchSeries, cancellationToken).ConfigureAwait(false);
                }

                await GrowReferencesAsync(state, target, cancellationToken).ConfigureAwait(false);

                classification = engine.Classify(journal.Samples(commit.Sha, SearchSeries), state.GoodValues, state.BadValues);
                if (classification.Verdict != Verdict.Unknown)
                {
                    break;
                }
            }
        }
        catch (BenchmarkFailedException ex)
        {
            var partial = journal.Samples(commit.Sha, SearchSeries);
            return new StepRecord(commit, "search", Verdict.Skip, partial, partial.Count > 0 ? Summary.Of(partial) : null, null, build, $"benchmark failed: {ex.Message}");
        }

        var values = journal.Samples(commit.Sha, SearchSeries);
        var note = classification!.Verdict == Verdict.Unknown
            ? $"still unknown after {values.Count} samples: treated as skipped"
            : null;
        return new StepRecord(commit, "search", classification.Verdict, values, Summary.Of(values), classification, build, note);
    }

    /// <summary>
    /// A candidate compared with smaller references cannot reach significance however many samples it gets: grow
    /// good and bad, interleaved, to the candidate's sample count. Later steps reuse them.
    /// </summary>
    private async Task GrowReferencesAsync(RunState state, int target, CancellationToken cancellationToken)
    {
        var (good, bad) = (state.Good.Commit, state.Bad.Commit);
        while (journal.Samples(good.Sha, SearchSeries).Count < target || journal.Samples(bad.Sha, SearchSeries).Count < target)
        {
            if (journal.Samples(good.Sha, SearchSeries).Count < target)
            {
                await MeasureEndpointAsync(good, state.GoodBuild!, SearchSeries, cancellationToken).ConfigureAwait(false);
            }

            if (journal.Samples(bad.Sha, SearchSeries).Count < target)
            {
                await MeasureEndpointAsync(bad, state.BadBuild!, SearchSeries, cancellationToken).ConfigureAwait(false);
            }
        }

        state.GoodValues = journal.Samples(good.Sha, SearchSeries);
        state.BadValues = journal.Samples(bad.Sha, SearchSeries);
    }

    /// <summary>Measures the culprit against its parent (A B B A); true when the slowdown holds, else a note says why not.</summary>
    private async Task<bool> VerifyAsync(RunState state, CommitInfo culprit, CommitInfo parent, CancellationToken cancellationToken)
    {
        observer.Phase($"Re-verifying {culprit.ShortSha} against its parent {parent.ShortSha}, interleaved A B B A");
        var parentBuild = await BuildAsync(parent, cancellationToken).ConfigureAwait(false);
        var culpritBuild = await BuildAsync(culprit, cancellationToken).ConfigureAwait(false);
        state.Candidates = [culprit];
        if (!parentBuild.Success || !culpritBuild.Success)
        {
            _notes.Add($"Could not build {(parentBuild.Success ? culprit : parent).ShortSha} again for the final check.");
            return false;
        }

        var comparison = await CompareAsync(parent, parentBuild, culprit, culpritBuild, VerifySeries, engine.Options.ReferenceSchedule, cancellationToken).ConfigureAwait(false);
        state.Verification = new Verification(
            parent.Sha,
            journal.Samples(parent.Sha, VerifySeries),
            journal.Samples(culprit.Sha, VerifySeries),
            comparison.Outcome,
            comparison.Change);
        if (comparison.Outcome == EndpointOutcome.Regression)
        {
            state.Culprit = culprit;
            return true;
        }

        _notes.Add(
            $"The search ended on {culprit.ShortSha}, but measured again against its parent it is not slower by more than " +
            $"{engine.Options.ThresholdPercent}% (shift {comparison.Change.ShiftPercent:+0.0;-0.0}%): the slowdown may be spread over several commits or be noise.");
        return false;
    }

    /// <summary>
    /// A verdict decided by time can name a commit whose only effect is where hot code landed: count the culprit's and
    /// the parent's executed instructions too (A B B A), and say whether the slowdown comes with more of them.
    /// </summary>
    private async Task CountInstructionsAsync(RunState state, CancellationToken cancellationToken)
    {
        if (instructions is null)
        {
            return;
        }

        if (instructions.Runner is not { } counter)
        {
            _notes.Add($"Decided by time only; instructions were not counted: {instructions.Unavailable}");
            return;
        }

        // Both were built for the re-verification just before.
        var culprit = (Commit: state.Culprit!, Build: _builds[state.Culprit!.Sha]);
        var parent = (Commit: graph.Lookup(state.Verification!.ParentSha), Build: _builds[state.Verification.ParentSha]);

        observer.Phase($"Counting instructions ({instructions.Metric}) of {culprit.Commit.ShortSha} and its parent: is the slowdown more work or only layout?");
        bool Missing((CommitInfo Commit, BuildOutcome Build) side) => journal.Samples(side.Commit.Sha, InstructionSeries).Count < instructions.Samples;
        for (var round = 0; Missing(parent) || Missing(culprit); round++)
        {
            foreach (var (commit, build) in round % 2 == 0 ? new[] { parent, culprit } : [culprit, parent])
            {
                if (!Missing((commit, build)))
                {
                    continue;
                }

                var sample = await TimedAsync(() => counter.MeasureAsync(build, cancellationToken)).ConfigureAwait(false);
                if (!sample.Success)
                {
                    _notes.Add($"Counting instructions on {commit.ShortSha} failed ({sample.Error}); the verdict rests on time alone.");
                    return;
                }

                journal.Append(commit.Sha, InstructionSeries, sample.Value);
                observer.Measured(commit, journal.Samples(commit.Sha, InstructionSeries).Count, sample.Value);
            }
        }

        var parentValues = journal.Samples(parent.Commit.Sha, InstructionSeries);
        var culpritValues = journal.Samples(culprit.Commit.Sha, InstructionSeries);
        var parentMedian = Summary.Of(parentValues).Median;
        state.Instructions = new InstructionEvidence(
            instructions.Metric,
            parentValues,
            culpritValues,
            parentMedian == 0 ? 0 : (Summary.Of(culpritValues).Median - parentMedian) / parentMedian * 100,
            state.Verification!.Change.ShiftPercent);
        observer.Note(state.Instructions.Explanation);
    }

    /// <summary>Runs benchmark work on the clock that the report's benchmark seconds come from.</summary>
    private async Task<SampleOutcome> TimedAsync(Func<Task<SampleOutcome>> measure)
    {
        _measuring.Start();
        try
        {
            return await measure().ConfigureAwait(false);
        }
        finally
        {
            _measuring.Stop();
        }
    }

    private void AddEndpointStep(CommitInfo commit, string role, Verdict verdict, IReadOnlyList<double> values, BuildOutcome build)
    {
        var step = new StepRecord(commit, role, verdict, values, Summary.Of(values), null, build, null);
        _steps.Add(step);
        observer.Decided(step);
    }

    private sealed class BenchmarkFailedException(string message) : Exception(message);
}
