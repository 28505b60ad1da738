namespace Bisector.Core.Explain.Sites;

/// <summary>Where a parent's source line is in the culprit, through the commit's diff: lines after an edit shift, removed lines are gone.</summary>
public sealed class LineShift
{
    private readonly ILookup<string, DiffHunk> _hunks;

    public LineShift(IReadOnlyList<DiffHunk> hunks) => _hunks = hunks.ToLookup(h => h.File, StringComparer.Ordinal);

    /// <summary>The culprit's line for the parent's <paramref name="line"/> of <paramref name="file"/> (a repository path); null when the commit removed it.</summary>
    public int? Map(string file, int line)
    {
        var hunks = _hunks[file].ToArray();
        if (hunks.Length == 0)
        {
            return line;
        }

        var removed = hunks.SelectMany(h => h.RemovedLines).ToHashSet();
        if (removed.Contains(line))
        {
            return null;
        }

        // new = old - (removed before it) + (added before the new line): solved by walking the added lines in order.
        var mapped = line - removed.Count(r => r < line);
        foreach (var added in hunks.SelectMany(h => h.AddedLines).Order())
        {
            if (added <= mapped)
            {
                mapped++;
            }
        }

        return mapped;
    }
}
