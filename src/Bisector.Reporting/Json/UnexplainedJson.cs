using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>A part of the range that moved with no single step to name in it: a slope of small commits, or commits that could not be built.</summary>
internal sealed record UnexplainedJson(string From, string To, double ShiftPercent, int Commits)
{
    public static IReadOnlyList<UnexplainedJson> Of(BisectResult result) => result.Map is not { } map
        ? []
        : [.. map.Map.Gradual.Concat(map.Map.Unmeasured).OrderBy(s => s.From)
            .Select(s => new UnexplainedJson(map.Commit(s.From).Sha, map.Commit(s.To).Sha, Math.Round(s.Shift.Percent, 2), s.Commits))];
}
