using Bisector.Core.Domain;

namespace Bisector.Core.Search;

/// <summary>
/// Binary search over a linear range of commits, oldest first. The good endpoint sits just before
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
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The range has {_verdicts.Length} commits.");
        }

        if (index <= LastGood || index >= FirstBadOrEnd())
        {
            throw new InvalidOperationException($"Commit {index} lies outside the open interval ({LastGood}, {FirstBadOrEnd()}).");
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

    /// <summary>Steps still needed in the best case: log2 of the commits left to tell apart.</summary>
    public int EstimatedStepsLeft()
    {
        var left = FirstBadOrEnd() - LastGood - 1;
        return left <= 0 ? 0 : (int)Math.Ceiling(Math.Log2(left + 1));
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
