namespace Bisector.Core.Explain;

/// <summary>
/// An edit script between two sequences, as pairs of indexes: both set for a kept element, one null for a removed or
/// an added one. Myers' O((N+M)D) algorithm gives the shortest; a long function rewritten in many places (a macro
/// expanded 200 times) is first cut at the lines both sides have exactly once (patience diff).
/// </summary>
public static class SequenceDiff
{
    /// <summary>
    /// The edit script: the shortest one while at most <paramref name="maxEdits"/> edits are needed, else one anchored
    /// on lines unique to both sides, and where nothing anchors a stretch, all of it removed and added.
    /// </summary>
    public static IReadOnlyList<(int? Old, int? New)> Align<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, int maxEdits)
        where T : notnull
    {
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && Equals(before[prefix], after[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix && Equals(before[^(suffix + 1)], after[^(suffix + 1)]))
        {
            suffix++;
        }

        var script = new List<(int? Old, int? New)>(before.Count + after.Count);
        for (var i = 0; i < prefix; i++)
        {
            script.Add((i, i));
        }

        AlignGap(before, after, prefix, before.Count - suffix, prefix, after.Count - suffix, maxEdits, script);

        for (var i = 0; i < suffix; i++)
        {
            script.Add((before.Count - suffix + i, after.Count - suffix + i));
        }

        return script;
    }

    /// <summary>
    /// Aligns before[oldStart..oldEnd) with after[newStart..newEnd): Myers' shortest script when it needs at most
    /// <paramref name="maxEdits"/> edits, else anchored on the elements that occur once on each side, in order
    /// (patience diff), with each gap between anchors aligned the same way. False when neither works.
    /// </summary>
    private static bool AlignMiddle<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, int oldStart, int oldEnd, int newStart, int newEnd, int maxEdits, List<(int? Old, int? New)> script)
        where T : notnull
    {
        var (n, m) = (oldEnd - oldStart, newEnd - newStart);
        if (n == 0 || m == 0 || (long)(n + m) * Math.Min(n + m, maxEdits) <= 50_000_000)
        {
            var middle = Middle(n, m, (x, y) => Equals(before[oldStart + x], after[newStart + y]), maxEdits);
            if (middle is not null)
            {
                script.AddRange(middle.Select(p => (p.Old + oldStart, p.New + newStart)));
                return true;
            }
        }

        var anchors = UniqueCommon(before, after, oldStart, oldEnd, newStart, newEnd);
        if (anchors.Count == 0)
        {
            return false;
        }

        var (oldAt, newAt) = (oldStart, newStart);
        foreach (var (oldAnchor, newAnchor) in anchors)
        {
            if (!AlignGap(before, after, oldAt, oldAnchor, newAt, newAnchor, maxEdits, script))
            {
                return false;
            }

            script.Add((oldAnchor, newAnchor));
            (oldAt, newAt) = (oldAnchor + 1, newAnchor + 1);
        }

        return AlignGap(before, after, oldAt, oldEnd, newAt, newEnd, maxEdits, script);
    }

    /// <summary>A gap between anchors: aligned like the whole, or, when nothing anchors it, all of it removed and added.</summary>
    private static bool AlignGap<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, int oldStart, int oldEnd, int newStart, int newEnd, int maxEdits, List<(int? Old, int? New)> script)
        where T : notnull
    {
        var mark = script.Count;
        if (AlignMiddle(before, after, oldStart, oldEnd, newStart, newEnd, maxEdits, script))
        {
            return true;
        }

        script.RemoveRange(mark, script.Count - mark);
        script.AddRange(Enumerable.Range(oldStart, oldEnd - oldStart).Select(i => ((int?)i, (int?)null)));
        script.AddRange(Enumerable.Range(newStart, newEnd - newStart).Select(i => ((int?)null, (int?)i)));
        return true;
    }

    /// <summary>Pairs of positions of elements found exactly once on each side, the longest run of them in the same order on both.</summary>
    private static List<(int Old, int New)> UniqueCommon<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, int oldStart, int oldEnd, int newStart, int newEnd)
        where T : notnull
    {
        var counts = new Dictionary<T, (int Old, int OldAt, int New, int NewAt)>();
        for (var i = oldStart; i < oldEnd; i++)
        {
            var c = counts.GetValueOrDefault(before[i]);
            counts[before[i]] = (c.Old + 1, i, c.New, c.NewAt);
        }

        for (var j = newStart; j < newEnd; j++)
        {
            if (counts.TryGetValue(after[j], out var c))
            {
                counts[after[j]] = (c.Old, c.OldAt, c.New + 1, j);
            }
        }

        var pairs = counts.Values.Where(c => c is { Old: 1, New: 1 }).Select(c => (c.OldAt, c.NewAt)).OrderBy(p => p.OldAt).ToArray();

        // Longest increasing run of the new positions (patience sorting).
        var tails = new List<int>();
        var previous = new int[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            var (low, high) = (0, tails.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = pairs[tails[middle]].NewAt < pairs[i].NewAt ? (middle + 1, high) : (low, middle);
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }

        var run = new List<(int Old, int New)>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            run.Add(pairs[i]);
        }

        run.Reverse();
        return run;
    }

    private static List<(int? Old, int? New)>? Middle(int n, int m, Func<int, int, bool> same, int maxEdits)
    {
        var max = Math.Min(n + m, maxEdits);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && same(x, y))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, offset, n, m, d);
                }
            }
        }

        return null;
    }

    private static List<(int? Old, int? New)> Backtrack(List<int[]> trace, int offset, int n, int m, int edits)
    {
        var script = new List<(int? Old, int? New)>();
        int x = n, y = m;
        for (var d = edits; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
            var previousK = down ? k + 1 : k - 1;
            var previousX = v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                script.Add((--x, --y));
            }

            if (down)
            {
                script.Add((null, --y));
            }
            else
            {
                script.Add((--x, null));
            }
        }

        while (x > 0 && y > 0)
        {
            script.Add((--x, --y));
        }

        script.Reverse();
        return script;
    }
}
