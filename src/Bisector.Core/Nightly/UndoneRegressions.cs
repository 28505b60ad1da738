using Bisector.Core.Search.Map;

namespace Bisector.Core.Nightly;

/// <summary>
/// Which rises a later faster step undid, with the same pairing as the step map (<see cref="StepPairing"/>): a rise is
/// undone when a later step in the other direction brings it back within the threshold (the nearest such step wins); a
/// step that takes back only part of it leaves the rise standing.
/// </summary>
public static class UndoneRegressions
{
    /// <param name="changes">Relative changes in percent, in the order of the history (by each step's after commit).</param>
    /// <returns>For each rise undone in full, its index and the index of the step that undid it.</returns>
    public static IReadOnlyList<(int Rise, int UndoneBy)> Find(IReadOnlyList<double> changes, double thresholdPercent) =>
        StepPairing.Pair([.. changes.Select((c, i) => (i, LevelShift.Exact(c)))], LevelShift.Exact(0), thresholdPercent)
            .Where(s => s.IsRise && !s.Remains && s.UndoneBy is not null)
            .Select(s => (s.Index, s.UndoneBy!.Value))
            .ToArray();
}
