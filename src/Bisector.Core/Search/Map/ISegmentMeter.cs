namespace Bisector.Core.Search.Map;

/// <summary>
/// Compares two commits of a line, by index (0 the good endpoint, the last the bad one). An exact metric compares
/// levels it measured once per commit; a time compares the two side by side in paired rounds.
/// </summary>
public interface ISegmentMeter
{
    /// <summary>False when the commit cannot be built or measured: the map splits segments at a neighbour instead.</summary>
    ValueTask<bool> CanMeasureAsync(int index, CancellationToken cancellationToken);

    /// <summary>
    /// The shift of <paramref name="newer"/> against <paramref name="older"/>; both can be measured. Throws
    /// <see cref="UnmeasurableCommitException"/> when one turns out not to be, after which <see cref="CanMeasureAsync"/> is false for it.
    /// </summary>
    ValueTask<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken);
}
