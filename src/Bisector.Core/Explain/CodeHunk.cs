namespace Bisector.Core.Explain;

/// <summary>A run of changed instructions with a little unchanged context on either side.</summary>
public sealed record CodeHunk(IReadOnlyList<CodeLine> Lines)
{
    public int Added => Lines.Count(l => l.Kind == '+');

    public int Removed => Lines.Count(l => l.Kind == '-');

    /// <summary>At most <paramref name="maxLines"/> lines, centred on the most executed changed instruction, and how many were left out before and after.</summary>
    public (IReadOnlyList<CodeLine> Lines, int Before, int After) Window(int maxLines)
    {
        if (Lines.Count <= maxLines)
        {
            return (Lines, 0, 0);
        }

        var hottest = Lines.Select((line, index) => (Index: index, line.ChangeHeat)).MaxBy(l => l.ChangeHeat).Index;
        var start = Math.Clamp(hottest - (maxLines / 2), 0, Lines.Count - maxLines);
        return (Lines.Skip(start).Take(maxLines).ToArray(), start, Lines.Count - start - maxLines);
    }
}
