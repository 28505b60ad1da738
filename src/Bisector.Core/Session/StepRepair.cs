using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;

namespace Bisector.Core.Session;

/// <summary>
/// Repairs a search whose last commit failed its re-check against its parent. The re-check contradicts two verdicts
/// when it shows no change (and questions them when it is unsure): the commit's own (bad) and its parent's (good); each
/// that a search step gave is measured again in fresh rounds, the less certain first. The first that flips is kept, and the search resumes from its steps in
/// the order taken, the flipped verdict in place of the old one and the steps it had sent the search to dropped. When
/// neither flips, the verdicts hold and no commit is named.
/// </summary>
internal sealed class StepRepair(StepTester tester, SessionRecord record, ISessionObserver observer)
{
    /// <summary>Repairs one run makes at most: each costs a retest or two and a search of what is left.</summary>
    public const int MaxRepairs = 3;

    private readonly Dictionary<string, Verdict> _repaired = new(StringComparer.Ordinal);
    private readonly HashSet<string> _retested = new(StringComparer.Ordinal);

    public int Repairs => _repaired.Count;

    /// <summary>
    /// The verdicts to resume the search from, in the order taken, or null when no contradicted verdict flipped (or none
    /// was a search step's, or the repairs are used up).
    /// </summary>
    /// <param name="unsure">The re-check could not tell (rather than showing no change).</param>
    public async Task<IReadOnlyList<(int Index, Verdict Verdict)>?> RepairAsync(
        BuiltEndpoints endpoints, IReadOnlyList<CommitInfo> range, int culpritIndex, bool unsure, CancellationToken cancellationToken)
    {
        if (Repairs >= MaxRepairs)
        {
            return null;
        }

        var taken = Taken(range);
        var culprit = range[culpritIndex];
        var contradicted = taken
            .Where(t => (t.Index == culpritIndex && t.Verdict == Verdict.Bad) || (t.Index == culpritIndex - 1 && t.Verdict == Verdict.Good))
            .Where(t => !_retested.Contains(range[t.Index].Sha))
            .OrderByDescending(t => t.DecidingP)
            .ToArray();
        var held = new List<(CommitInfo, Verdict)>();
        foreach (var (index, was, _) in contradicted)
        {
            var commit = range[index];
            _retested.Add(commit.Sha);
            observer.Phase(new RepairingStep(commit, was, culprit));
            var retest = await tester.RetestAsync(endpoints, commit, record.Untested(range, endpoints, commit), cancellationToken).ConfigureAwait(false);
            record.Decided(retest);
            if (retest.Verdict is Verdict.Good or Verdict.Bad && retest.Verdict != was)
            {
                _repaired[commit.Sha] = retest.Verdict;
                record.Found(new StepVerdictRepaired(commit, was, retest.Verdict, retest.Samples, culprit), sayNow: true);
                return [.. Taken(range).Select(t => (t.Index, t.Verdict))];
            }

            held.Add((commit, retest.Verdict));
        }

        if (held.Count > 0)
        {
            record.Found(new StepVerdictsHeld(culprit, held) { AfterUnsureRecheck = unsure }, sayNow: true);
        }

        return null;
    }

    /// <summary>The search's verdicts in the order taken, each repaired one as repaired, with the p-value that decided it.</summary>
    private List<(int Index, Verdict Verdict, double DecidingP)> Taken(IReadOnlyList<CommitInfo> range)
    {
        var indexOf = range.Select((c, i) => (c.Sha, i)).ToDictionary(x => x.Sha, x => x.i, StringComparer.Ordinal);
        return record.Steps
            .Where(s => s.Role == StepRole.Search && indexOf.ContainsKey(s.Commit.Sha))
            .Select(s => (
                indexOf[s.Commit.Sha],
                _repaired.GetValueOrDefault(s.Commit.Sha, s.Verdict),
                s.Verdict == Verdict.Good ? s.Classification?.PGood ?? 0 : s.Classification?.PBad ?? 0))
            .ToList();
    }
}
