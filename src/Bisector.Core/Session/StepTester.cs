using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Failures;
using Bisector.Core.Findings;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// One commit the search picked, built and measured between good and bad in bracketed rounds (the six orders of the
/// three in turn), looked at on the sample schedule until its verdict is sure or the schedule ends. On a metric whose
/// endpoints repeat exactly, the commit is measured alone and bracketed by their values.
/// </summary>
/// <remarks>A search step decides at the options' step alpha; a retest (a repair) at the stricter alpha of the re-check.</remarks>
internal sealed class StepTester(IJournal journal, VerdictEngine strict, PairedComparer pairs, IBuilder builds)
{
    private readonly VerdictEngine _steps = new(strict.Options.ForSteps());

    /// <summary>The six orders of good (G), candidate (C) and bad (B): a tested commit's rounds cycle through them, so no
    /// commit always runs first or last.</summary>
    private static readonly int[][] s_bracketOrders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1], [0, 2, 1], [1, 2, 0]];

    /// <param name="later">Commits the session has not tested yet: their rounds stay out of the pool (see <see cref="PairedComparer.Rounds"/>).</param>
    public Task<StepRecord> TestAsync(BuiltEndpoints endpoints, CommitInfo commit, IReadOnlyList<CommitInfo> later, CancellationToken cancellationToken) =>
        MeasureAsync(endpoints, commit, later, StepRole.Search, cancellationToken);

    /// <summary>
    /// A commit the search tested before, measured again on the same schedule in fresh rounds and judged on those alone:
    /// what it is now, apart from the rounds that may have misled its first verdict.
    /// </summary>
    /// <param name="later">Commits the session has not tested yet: their rounds stay out of the pool, as a step's do.</param>
    public Task<StepRecord> RetestAsync(BuiltEndpoints endpoints, CommitInfo commit, IReadOnlyList<CommitInfo> later, CancellationToken cancellationToken) =>
        MeasureAsync(endpoints, commit, later, StepRole.Repair, cancellationToken);

    private async Task<StepRecord> MeasureAsync(BuiltEndpoints endpoints, CommitInfo commit, IReadOnlyList<CommitInfo> later, StepRole role, CancellationToken cancellationToken)
    {
        var build = await builds.BuildAsync(commit, cancellationToken).ConfigureAwait(false);
        if (!build.Success)
        {
            return new StepRecord(commit, role, Verdict.Skip, [], null, null, build, new BuildFailed(build.Error, build.LogPath));
        }

        var (good, bad) = (endpoints.Good, endpoints.Bad);
        (CommitInfo Commit, BuildOutcome Build)[] members = [(good, endpoints.GoodBuild), (commit, build), (bad, endpoints.BadBuild)];
        var references = ExactReferences(good, bad, later);
        // A retest judges rounds of its own, apart from the first verdict's, at the re-check's confidence.
        var series = role == StepRole.Repair ? Series.Retest : Series.Time;
        var engine = role == StepRole.Repair ? strict : _steps;
        IReadOnlyList<BracketedRound> Bracketed() => references is var (goodValue, badValue)
            ? journal.Samples(commit.Sha, series).Select(value => new BracketedRound(goodValue, value, badValue)).ToArray()
            : journal.Rounds(series, [good.Sha, commit.Sha, bad.Sha]).Select(r => new BracketedRound(r[0], r[1], r[2])).ToArray();

        Task MeasureRound(int count) => references is null
            ? pairs.MeasureRoundAsync(s_bracketOrders[count % s_bracketOrders.Length].Select(i => members[i]).ToArray(), series, cancellationToken)
            : pairs.MeasureRoundAsync([(commit, build)], series, cancellationToken);
        bool CanLook(IReadOnlyList<BracketedRound> rounds, IReadOnlyList<PairedRound> pool) => engine.CanClassify(rounds.Count, pool.Count) || engine.IsRepeatable(rounds);
        bool CanLookNow() => CanLook(Bracketed(), pairs.Rounds(good, bad, later));

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
                var pool = pairs.Rounds(good, bad, later);
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
            var partial = Bracketed().Select(r => r.Candidate).ToArray();
            return new StepRecord(commit, role, Verdict.Skip, partial, partial.Length > 0 ? Summary.Of(partial) : null, null, build, new BenchmarkFailed(ex.Message));
        }
        catch (BenchmarkFailedException ex)
        {
            throw new UsageException(new BenchmarkFails(ex.Commit, ex.Message, MeasuredBefore: true));
        }

        var values = Bracketed().Select(r => r.Candidate).ToArray();
        var note = classification!.Verdict == Verdict.Unknown ? new StillUnknown(values.Length) : null;
        return new StepRecord(commit, role, classification.Verdict, values, Summary.Of(values), classification, build, note);
    }

    /// <summary>
    /// Good's and bad's values when their rounds so far repeat exactly (an instruction count): then they read the same
    /// beside every commit, and a step measures its commit alone against them, a third of the samples. Null on a metric
    /// that varies, where each step measures good and bad again beside its commit.
    /// </summary>
    private (double Good, double Bad)? ExactReferences(CommitInfo good, CommitInfo bad, IReadOnlyList<CommitInfo> later)
    {
        var pool = pairs.Rounds(good, bad, later);
        return strict.IsRepeatable(pool) ? (Summary.Of([.. pool.Select(r => r.Baseline)]).Median, Summary.Of([.. pool.Select(r => r.Candidate)]).Median) : null;
    }
}
