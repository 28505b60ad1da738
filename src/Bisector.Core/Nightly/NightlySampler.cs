using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;

namespace Bisector.Core.Nightly;

/// <summary>
/// Measures a night's commits: each is built (a commit known not to build is skipped, and one that fails now is
/// recorded so no later night tries it again), then all are measured in interleaved rounds (every commit once per
/// round, the order rotating), so no commit is measured only in a quiet or only in a busy stretch. Each sample goes
/// to the journal first (through the <see cref="Sampler"/> that run and compare use too) and then to the history; samples the journal already holds (from a run or a night that was
/// killed) are copied into the history instead of measured again, so nothing is lost or doubled. Why a commit could
/// not be measured is kept in the history in the words <paramref name="describe"/> gives.
/// </summary>
public sealed class NightlySampler(IBuilder builder, IBenchmarkRunner runner, IJournal journal, IHistoryStore store, ISessionObserver observer, Func<NotMeasured, string> describe)
{
    /// <summary>The journal's series for the benchmark's own metric, shared with <c>run</c>.</summary>
    public const string Series = JournalSeries.Time;

    public async Task<NightMeasurement> MeasureAsync(
        HistorySeries series, long night, string buildKey, IReadOnlyList<CommitInfo> commits, int samples, CancellationToken cancellationToken)
    {
        var unbuildable = new List<(CommitInfo Commit, string Error)>();
        var builds = new List<(CommitInfo Commit, BuildOutcome Build)>();
        var reused = commits.Sum(commit => CopyFromJournal(series, night, buildKey, commit));
        var stored = store.Samples(series);
        var counts = commits.ToDictionary(c => c.Sha, c => stored.TryGetValue(c.Sha, out var values) ? values.Count : 0, StringComparer.Ordinal);
        int Count(CommitInfo commit) => counts[commit.Sha];
        foreach (var commit in commits)
        {
            if (store.BuildFailure(buildKey, commit.Sha) is { } known)
            {
                unbuildable.Add((commit, known));
                continue;
            }

            if (Count(commit) >= samples)
            {
                continue;
            }

            var build = await builder.BuildAsync(commit, cancellationToken).ConfigureAwait(false);
            observer.Built(commit, build);
            if (build.Success)
            {
                builds.Add((commit, build));
            }
            else
            {
                var error = describe(new NotMeasured(Built: false, build.Error ?? "", build.LogPath));
                store.AddBuildFailure(buildKey, commit.Sha, night, error);
                unbuildable.Add((commit, error));
            }
        }

        var sampler = new Sampler(journal, observer);
        for (var round = 0; builds.Any(b => Count(b.Commit) < samples); round++)
        {
            var roundId = Sampler.NewRound();
            var shift = round % builds.Count;
            foreach (var (commit, build) in builds.Skip(shift).Concat(builds.Take(shift)).ToArray())
            {
                if (Count(commit) >= samples)
                {
                    continue;
                }

                var sample = await sampler.TakeAsync(runner, Series, roundId, commit, build, cancellationToken).ConfigureAwait(false);
                if (!sample.Success)
                {
                    var error = describe(new NotMeasured(Built: true, sample.Error ?? "", null));
                    store.AddBuildFailure(buildKey, commit.Sha, night, error);
                    unbuildable.Add((commit, error));
                    builds.Remove((commit, build));
                    continue;
                }

                // The sampler journaled it first: a job killed before this line loses nothing (CopyFromJournal).
                store.AddSample(series, night, buildKey, new HistorySample(commit.Sha, roundId, sample.Value, sample.Conditions));
                counts[commit.Sha]++;
            }
        }

        return new NightMeasurement(series, commits, unbuildable, sampler.Taken, reused);
    }

    private int CopyFromJournal(HistorySeries series, long night, string buildKey, CommitInfo commit) =>
        journal.Entries(commit.Sha, Series)
            .Count(e => store.AddSample(series, night, buildKey, new HistorySample(e.Sha, e.Round, e.Value, e.Conditions)));
}
