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

    public async Task<SearchDecision> SearchAsync(BuiltEndpoints endpoints, IReadOnlyList<CommitInfo> range, CancellationToken cancellationToken)
    {
        var search = new BisectionSearch(range.Count);
        var stepNumber = 0;
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
                    // Rounds of commits this search has not tested yet are from a later step of an earlier run of it:
                    // they stay out of this step's pool, so that a resumed or repeated run decides as the first one did.
                    var later = Enumerable.Range(search.LastGood + 1, Math.Max(0, search.FirstBad - search.LastGood - 1))
                        .Where(i => i != index && search.VerdictAt(i) is null && !verdicts.Any(v => v.Index == i))
                        .Select(i => range[i])
                        .ToArray();
                    var step = await tester.TestAsync(endpoints, commit, later, cancellationToken).ConfigureAwait(false);
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
        }
    }
}
