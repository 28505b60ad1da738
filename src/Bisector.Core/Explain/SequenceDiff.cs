namespace Bisector.Core.Explain;

/// <summary>
/// A shortest edit script between two sequences (Myers' O((N+M)D) algorithm), as pairs of indexes: both set for a
/// kept element, one null for a removed or an added one.
/// </summary>
public static class SequenceDiff
{
    /// <summary>The edit script, or null when more than <paramref name="maxEdits"/> edits would be needed.</summary>
    public static IReadOnlyList<(int? Old, int? New)>? Align<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, int maxEdits)
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

        var n = before.Count - prefix - suffix;
        var m = after.Count - prefix - suffix;
        var middle = Middle(n, m, (x, y) => Equals(before[prefix + x], after[prefix + y]), maxEdits);
        if (middle is null)
        {
            return null;
        }

        var script = new List<(int? Old, int? New)>(before.Count + after.Count);
        for (var i = 0; i < prefix; i++)
        {
            script.Add((i, i));
        }

        script.AddRange(middle.Select(p => (p.Old + prefix, p.New + prefix)));
        for (var i = 0; i < suffix; i++)
        {
            script.Add((before.Count - suffix + i, after.Count - suffix + i));
        }

        return script;
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
