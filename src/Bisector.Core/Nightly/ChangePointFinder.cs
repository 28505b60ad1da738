using Bisector.Core.Statistics;
using Perfolizer.Mathematics.Cpd;

namespace Bisector.Core.Nightly;

/// <summary>
/// Finds the steps in one benchmark's history. ED-PELT proposes change points in the samples laid end to end in commit
/// order; each is moved to the nearest commit boundary and kept only when the median moved by at least the threshold
/// and a Mann-Whitney test on the samples either side (at most <see cref="Window"/> commits each way, up to the
/// neighbouring change points) rejects "no change" at <see cref="Alpha"/>. ED-PELT alone flags spurious points on a
/// flat noisy series; the confirmation is what keeps a flat history quiet.
/// </summary>
public static class ChangePointFinder
{
    /// <summary>Commits either side of a step whose samples confirm it.</summary>
    public const int Window = 5;

    public const double Alpha = 0.01;

    /// <param name="history">Measured commits in first-parent order, oldest first, each with its samples and its place on the line.</param>
    /// <param name="thresholdPercent">The smallest relative change of the median worth a step.</param>
    public static IReadOnlyList<HistoryStep> Find(IReadOnlyList<MeasuredCommit> history, double thresholdPercent)
    {
        var measured = history.Where(c => c.Values.Count > 0).ToArray();
        if (measured.Length < 2)
        {
            return [];
        }

        var boundaries = CandidateBoundaries(measured);
        var steps = new List<HistoryStep>();
        var kept = new List<int>();
        for (var i = 0; i < boundaries.Count; i++)
        {
            var start = Math.Max(kept.Count > 0 ? kept[^1] : 0, boundaries[i] - Window);
            var end = Math.Min(i + 1 < boundaries.Count ? boundaries[i + 1] : measured.Length, boundaries[i] + Window);
            if (Confirm(measured, start, boundaries[i], end, thresholdPercent) is { } step)
            {
                steps.Add(step);
                kept.Add(boundaries[i]);
            }
        }

        return steps;
    }

    /// <summary>Indexes b of commits that start a new segment (a step between b - 1 and b), from ED-PELT on all samples.</summary>
    private static List<int> CandidateBoundaries(IReadOnlyList<MeasuredCommit> measured)
    {
        var values = measured.SelectMany(c => c.Values).ToArray();
        var starts = new int[measured.Count];
        for (var i = 1; i < measured.Count; i++)
        {
            starts[i] = starts[i - 1] + measured[i - 1].Values.Count;
        }

        var minDistance = Math.Max(1, Math.Min(measured.Min(c => c.Values.Count), values.Length / 2));
        var boundaries = new SortedSet<int>();
        if (values.Length > 2 && values.Distinct().Count() > 1)
        {
            foreach (var index in EdPeltChangePointDetector.Instance.GetChangePointIndexes(values, minDistance))
            {
                // The nearest commit boundary to the sample index; never 0 (nothing before it).
                var nearest = Enumerable.Range(1, measured.Count - 1).MinBy(b => Math.Abs(starts[b] - index));
                boundaries.Add(nearest);
            }
        }

        return [.. boundaries];
    }

    private static HistoryStep? Confirm(IReadOnlyList<MeasuredCommit> measured, int start, int boundary, int end, double thresholdPercent)
    {
        var before = measured.Skip(start).Take(boundary - start).SelectMany(c => c.Values).ToArray();
        var after = measured.Skip(boundary).Take(end - boundary).SelectMany(c => c.Values).ToArray();
        if (before.Length == 0 || after.Length == 0)
        {
            return null;
        }

        var (beforeMedian, afterMedian) = (Summary.Of(before).Median, Summary.Of(after).Median);
        if (beforeMedian == 0)
        {
            return null;
        }

        var change = (afterMedian - beforeMedian) / Math.Abs(beforeMedian) * 100;
        var p = Math.Min(1, 2 * Math.Min(VerdictEngine.PGreater(after, before), VerdictEngine.PGreater(before, after)));
        if (Math.Abs(change) < thresholdPercent || p >= Alpha)
        {
            return null;
        }

        var (left, right) = (measured[boundary - 1], measured[boundary]);
        return new HistoryStep(left.Sha, right.Sha, right.Position - left.Position, beforeMedian, afterMedian, change, p);
    }
}
