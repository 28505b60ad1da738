using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Search.Map;

namespace Bisector.Core.Mapping;

/// <summary>A step map with the commits it names: every step of a range, which remain at the tip, and what no step explains.</summary>
/// <param name="Line">
/// The lines the map's indexes point into: the good end (or merge base), then the range's commits, oldest first; then,
/// for each merge step replaced by the steps of its branch (<see cref="MergeSteps"/>), that branch's merge base and
/// commits, oldest first. A step's parent is always the commit before it in <paramref name="Line"/>.
/// </param>
/// <param name="Metric">The journal series the levels were measured in (a key, not the metric's name: that is the request's).</param>
/// <param name="Builds">Commits measured for the map (found in the journal or measured now), probes included.</param>
/// <param name="ThresholdPercent">The smallest step of one commit the map names.</param>
public sealed record RangeMap(StepMap Map, IReadOnlyList<CommitInfo> Line, string Metric, int Builds, double ThresholdPercent)
{
    /// <summary>What the map says of the merges among its steps: each followed into its branch, or kept and why.</summary>
    public IReadOnlyList<Finding> Notes { get; init; } = [];

    public CommitInfo Commit(int index) => Line[index];

    /// <summary>The named steps with their commits, oldest first.</summary>
    public IEnumerable<(CommitInfo Commit, MapStep Step)> Steps => Map.Steps.Select(s => (Line[s.Index], s));

    /// <summary>
    /// The map without the steps at <paramref name="indexes"/> (found to be where the code landed, not a change in what it
    /// does): the others paired again, and what the removed ones moved left unexplained.
    /// </summary>
    public RangeMap Without(IReadOnlySet<int> indexes) =>
        this with { Map = Map.WithSteps([.. Map.Steps.Where(s => !indexes.Contains(s.Index)).Select(s => (s.Index, s.Shift))], ThresholdPercent) };

    /// <summary>The largest remaining step in the asked direction, or null when none remains.</summary>
    public CommitInfo? Culprit(bool slower) => Map.Culprit(slower) is { } step ? Line[step.Index] : null;
}
