namespace Bisector.Core.Search.Map;

/// <summary>A part of the line between two commits that moved by at least the threshold though no single commit in it did (a slope of small changes).</summary>
/// <param name="From">The older end's index.</param>
/// <param name="To">The newer end's index.</param>
public sealed record MapSegment(int From, int To, LevelShift Shift)
{
    public int Commits => To - From;
}
