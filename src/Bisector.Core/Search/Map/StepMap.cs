namespace Bisector.Core.Search.Map;

/// <summary>Every step of a line, oldest first, which of them remain at the tip, and what no step explains.</summary>
/// <param name="Total">The endpoints' shift.</param>
/// <param name="Steps">Every commit that moved by at least the threshold, oldest first.</param>
/// <param name="Gradual">Segments that moved by at least the threshold with no single step inside.</param>
/// <param name="Unmeasured">Segments that moved where the commits inside could not be built or measured: the step is in there.</param>
/// <param name="UnexplainedPercent">The endpoints' change less what the remaining steps explain.</param>
/// <param name="Probes">Commits measured inside segments whose ends agreed.</param>
/// <param name="Comparisons">Comparisons the map asked for, probes included.</param>
public sealed record StepMap(LevelShift Total, IReadOnlyList<MapStep> Steps, IReadOnlyList<MapSegment> Gradual, IReadOnlyList<MapSegment> Unmeasured, double UnexplainedPercent, int Probes, int Comparisons)
{
    public IEnumerable<MapStep> Remaining => Steps.Where(s => s.Remains);

    /// <summary>
    /// The map with <paramref name="steps"/> (index and shift, oldest first) as its steps: paired again (<see cref="StepPairing"/>),
    /// and what they leave of the endpoints' change unexplained.
    /// </summary>
    public StepMap WithSteps(IReadOnlyList<(int Index, LevelShift Shift)> steps, double thresholdPercent) => this with
    {
        Steps = StepPairing.Pair(steps, Total, thresholdPercent),
        UnexplainedPercent = LevelShift.PercentOfLog(Total.Log - steps.Sum(s => s.Shift.Log)),
    };

    public IEnumerable<MapStep> Undone => Steps.Where(s => s.UndoneBy is not null && !s.Remains);

    /// <summary>The largest remaining step in the asked direction: the commit to chase; null when none remains.</summary>
    public MapStep? Culprit(bool slower) =>
        Remaining.Where(s => slower ? s.RemainingPercent > 0 : s.RemainingPercent < 0)
            .OrderByDescending(s => Math.Abs(s.RemainingPercent))
            .ThenBy(s => s.Index)
            .FirstOrDefault();
}
