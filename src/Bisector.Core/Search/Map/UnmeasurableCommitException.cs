namespace Bisector.Core.Search.Map;

/// <summary>
/// A commit the meter said it could measure turned out not to (it built, and its benchmark failed). The meter says it
/// cannot measure it from then on; the map chooses another commit, or leaves the segment unmeasured.
/// </summary>
public sealed class UnmeasurableCommitException(int index, string reason) : Exception($"commit {index} of the line could not be measured: {reason}")
{
    /// <summary>The commit's index on the line.</summary>
    public int Index { get; } = index;
}
