namespace Bisector.Core.Explain;

/// <summary>A run of changed instructions with a little unchanged context on either side.</summary>
public sealed record CodeHunk(IReadOnlyList<CodeLine> Lines)
{
    public int Added => Lines.Count(l => l.Kind == '+');

    public int Removed => Lines.Count(l => l.Kind == '-');
}
