using Bisector.Core.Domain;

namespace Bisector.Core.Search;

/// <summary>
/// Binary search (or, with k workers, multisection) over a linear range of commits, oldest first. The good endpoint sits just before
/// index 0 and the bad endpoint is the last index. Pure: it takes verdicts and returns decisions.
/// </summary>
/// <remarks>
/// Skipped and unknown commits are never guessed at: the search tests the untested commit nearest the
/// middle of what is left, and when only untestable commits remain between the last good and the first
/// bad one, it names them all as candidates (as <c>git bisect skip</c> does).
/// </remarks>
public sealed class BisectionSearch
{
    private readonly Verdict?[] _verdicts;

    public BisectionSearch(int rangeLength)
    {
        if (rangeLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rangeLength), rangeLength, "A range holds at least the bad commit.");
        }

        _verdicts = new Verdict?[rangeLength];
        _verdicts[rangeLength - 1] = Verdict.Bad;
    }

    /// <summary>
    /// A search resumed from verdicts taken before, in the order they were taken, one of them repaired: each is recorded
    /// when it still lies between the newest good and the oldest bad commit known by then, else dropped (a step picked
    /// inside the half a wrong verdict chose, which the repaired verdict ruled out).
    /// </summary>
    public static BisectionSearch Resumed(int rangeLength, IEnumerable<(int Index, Verdict Verdict)> verdicts)
    {
        var search = new BisectionSearch(rangeLength);
        foreach (var (index, verdict) in verdicts)
        {
            if (index > search.LastGood && index < search.FirstBadOrEnd())
            {
                search.Record(index, verdict);
            }
        }

        return search;
    }

    public int RangeLength => _verdicts.Length;

    /// <summary>Index of the newest commit known good, or -1 for the good endpoint.</summary>
    public int LastGood { get; private set; } = -1;

    /// <summary>Index of the oldest commit known bad above <see cref="LastGood"/>.</summary>
    public int FirstBad => FirstBadOrEnd();

    public Verdict? VerdictAt(int index) => _verdicts[index];

    public void Record(int index, Verdict verdict)
    {
        if (index < 0 || index >= _verdicts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Not a commit of the range.");
        }

        if (index <= LastGood || index >= FirstBadOrEnd())
        {
            throw new InvalidOperationException("A verdict for a commit outside the open interval between the last good and the first bad commit.");
        }

        _verdicts[index] = verdict;
        if (verdict == Verdict.Good)
        {
            LastGood = index;
        }
    }

    public SearchDecision Next()
    {
        var firstBad = FirstBadOrEnd();
        var low = LastGood + 1;
        if (low == firstBad)
        {
            return new SearchDecision.Culprit(firstBad);
        }

        var middle = (LastGood + firstBad) / 2.0;
        int? best = null;
        for (var i = low; i < firstBad; i++)
        {
            if (_verdicts[i] is null && (best is null || Math.Abs(i - middle) < Math.Abs(best.Value - middle)))
            {
                best = i;
            }
        }

        if (best is not null)
        {
            return new SearchDecision.Test(best.Value);
        }

        return new SearchDecision.Ambiguous(Enumerable.Range(low, firstBad - low + 1).ToArray());
    }

    /// <summary>
    /// The commits one round of a multisection tests at once: <paramref name="workers"/> untested commits that split
    /// what is left into <paramref name="workers"/> + 1 parts, each the untested commit nearest its split point. Fewer
    /// when fewer are untested; empty when the search is over (<see cref="Next"/> then says how). With one worker this is
    /// the commit <see cref="Next"/> picks.
    /// </summary>
    public IReadOnlyList<int> NextRound(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        if (Next() is not SearchDecision.Test)
        {
            return [];
        }

        var firstBad = FirstBadOrEnd();
        var chosen = new List<int>();
        for (var part = 1; part <= workers; part++)
        {
            var point = LastGood + ((firstBad - LastGood) * part / (double)(workers + 1));
            int? best = null;
            for (var i = LastGood + 1; i < firstBad; i++)
            {
                if (_verdicts[i] is null && !chosen.Contains(i) && (best is null || Math.Abs(i - point) < Math.Abs(best.Value - point)))
                {
                    best = i;
                }
            }

            if (best is { } index)
            {
                chosen.Add(index);
            }
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>
    /// Records the verdicts of one round, oldest commit first. A verdict that the round's own earlier verdicts already
    /// ruled out (a good commit above one found bad: the history is not monotonic there, or one of them was misjudged)
    /// is not recorded; those indexes are returned, so the caller can say so. The first bad commit wins, as in git bisect.
    /// Any verdict above the first bad commit tells nothing more and is not recorded either.
    /// </summary>
    public IReadOnlyList<int> RecordRound(IEnumerable<(int Index, Verdict Verdict)> verdicts)
    {
        var ignored = new List<int>();
        foreach (var (index, verdict) in verdicts.OrderBy(v => v.Index))
        {
            if (index >= FirstBadOrEnd())
            {
                if (verdict == Verdict.Good)
                {
                    ignored.Add(index);
                }

                continue;
            }

            Record(index, verdict);
        }

        return ignored;
    }

    /// <summary>The verdicts so far, copied: a what-if (build ahead for either outcome) that leaves this search alone.</summary>
    public BisectionSearch Copy()
    {
        var copy = new BisectionSearch(_verdicts.Length) { LastGood = LastGood };
        _verdicts.CopyTo(copy._verdicts, 0);
        return copy;
    }

    /// <summary>Rounds still needed in the best case: log_(k+1) of the commits left to tell apart, log2 with one worker.</summary>
    public int EstimatedStepsLeft(int workers = 1)
    {
        var left = FirstBadOrEnd() - LastGood - 1;
        return left <= 0 ? 0 : (int)Math.Ceiling(Math.Round(Math.Log(left + 1) / Math.Log(workers + 1), 9));
    }

    private int FirstBadOrEnd()
    {
        for (var i = LastGood + 1; i < _verdicts.Length; i++)
        {
            if (_verdicts[i] == Verdict.Bad)
            {
                return i;
            }
        }

        return _verdicts.Length - 1;
    }
}
