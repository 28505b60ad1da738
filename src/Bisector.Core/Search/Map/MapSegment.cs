namespace Bisector.Core.Search.Map;

/// <summary>A part of the line between two commits that moved by at least the threshold though no single commit in it did (a slope of small changes).</summary>
/// <param name="From">The older end's index.</param>
/// <param name="To">The newer end's index.</param>
public sealed record MapSegment(int From, int To, LevelShift Shift)
{
    public int Commits => To - From;

    /// <summary>
    /// The largest single commit inside whose estimate reached the threshold but whose comparison could not say it moved
    /// by that much (a step the noise may hide); null when every commit inside stayed below the threshold.
    /// </summary>
    public UnsureCommit? Unsure { get; init; }
}

/// <summary>A single commit whose estimate reached the threshold, not surely: its index on the line and its shift against its parent.</summary>
public sealed record UnsureCommit(int Index, LevelShift Shift);
