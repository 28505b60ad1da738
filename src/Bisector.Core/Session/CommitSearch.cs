using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Search;

namespace Bisector.Core.Session;

/// <summary>
/// Rounds of the search: each tests <paramref name="workers"/> commits that split what is left into equal parts (one,
/// the middle, in a bisection). A round's commits build at once, in separate checkouts; their samples never overlap,
/// each commit is measured in its own rounds with good and bad as a single bisection step is.
/// </summary>
internal sealed class CommitSearch(
    BuildScheduler builds, StepTester tester, IJournal journal, SessionRecord record, ISessionObserver observer, int workers)
{
    /// <summary>Rounds run by every search of this session (the main line's and a merged branch's).</summary>
    public int Rounds { get; private set; }

    /// <summary>Steps the last search tested: a resumed search numbers its steps on from there.</summary>
    private int _steps;

    public Task<SearchDecision> SearchAsync(BuiltEndpoints endpoints, IReadOnlyList<CommitInfo> range, CancellationToken cancellationToken) =>
        SearchAsync(endpoints, range, new BisectionSearch(range.Count), firstStep: 0, cancellationToken);

    /// <summary>The search resumed from verdicts taken before (<see cref="BisectionSearch.Resumed"/>), one of them repaired.</summary>
    public Task<SearchDecision> ResumeAsync(
        BuiltEndpoints endpoints, IReadOnlyList<CommitInfo> range, IReadOnlyList<(int Index, Verdict Verdict)> taken, CancellationToken cancellationToken) =>
        SearchAsync(endpoints, range, BisectionSearch.Resumed(range.Count, taken), firstStep: _steps, cancellationToken);

    private async Task<SearchDecision> SearchAsync(BuiltEndpoints endpoints, IReadOnlyList<CommitInfo> range, BisectionSearch search, int firstStep, CancellationToken cancellationToken)
    {
        var stepNumber = firstStep;
        var round = 0;
        try
        {
            while (search.NextRound(workers) is { Count: > 0 } indexes)
            {
                round++;
                var commits = indexes.Select(i => range[i]).ToArray();
                builds.CallOffBuildsAheadExcept(commits);
                if (workers > 1)
                {
                    observer.Phase(new SearchRound(round, commits));
                }

                await builds.NeedAllAsync(commits, cancellationToken).ConfigureAwait(false);
                if (workers == 1)
                {
                    builds.BuildAhead(search, indexes[0], range, cancellationToken);
                }

                var verdicts = new List<(int Index, Verdict Verdict)>();
                foreach (var (index, commit) in indexes.Zip(commits))
                {
                    stepNumber++;
                    observer.Testing(commit, stepNumber, (search.EstimatedStepsLeft(workers) * workers) - verdicts.Count, search.FirstBad - search.LastGood);
                    // Rounds of commits this session has not tested yet are from a later step of an earlier run of it:
                    // they stay out of this step's pool, so that a resumed or repeated run decides as the first one did.
                    // The whole range, not only what is left of it: a repaired search goes on outside the interval.
                    var step = await tester.TestAsync(endpoints, commit, record.Untested(range, endpoints, commit), cancellationToken).ConfigureAwait(false);
                    step = step with { Load = LoadSummary.Of(journal.Conditions(commit.Sha, Series.Time)), Round = round };
                    verdicts.Add((index, step.Verdict));
                    record.Decided(step);
                }

                var ignored = search.RecordRound(verdicts);
                if (ignored.Count > 0)
                {
                    record.Found(new RoundKeptFirstBad(round, ignored.Select(i => range[i]).ToArray()), sayNow: true);
                }
            }

            await builds.StopBuildingAheadAsync().ConfigureAwait(false);
            return search.Next();
        }
        finally
        {
            Rounds += round;
            _steps = stepNumber;
        }
    }
}
