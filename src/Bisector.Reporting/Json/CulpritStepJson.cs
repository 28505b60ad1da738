using System.Globalization;
using Bisector.Core.Domain;
using Bisector.Core.Search.Map;
using Bisector.Core.Session;
using Bisector.Reporting.Document;

namespace Bisector.Reporting.Json;

/// <summary>
/// One step of the range in report.json's <c>culprits</c>, oldest first: the commit, which way it moved the benchmark and
/// by how much against its parent, its share of the endpoints' change, whether it remains at bad and what undid it, and
/// where its own explanation is (its folder's report.md, relative to this report's folder; null when it has none).
/// </summary>
internal sealed record CulpritStepJson(
    string Sha, string Subject, string Author, string Date, string Direction, double ShiftPercent, double ShiftLowPercent, double ShiftHighPercent,
    double SharePercent, bool Remains, string? UndoneBy, string? Explanation)
{
    /// <summary>
    /// Every step the run named: the map's when the range was mapped (each linked to its report among
    /// <paramref name="explained"/>), else the one culprit the search named and re-checked.
    /// </summary>
    public static IReadOnlyList<CulpritStepJson> Of(BisectResult result, IReadOnlyList<StepReport> explained)
    {
        if (result.Map is { } map)
        {
            return Of(map, explained);
        }

        if (result.Culprit is not { } culprit || result.Verification is not { } verification)
        {
            return [];
        }

        var change = verification.Change;
        var whole = result.Change is { } endpoints ? Math.Log(1 + (endpoints.ShiftPercent / 100)) : 0;
        var share = whole == 0 ? 0 : Math.Log(1 + (change.ShiftPercent / 100)) / whole * 100;
        return [Of(culprit, new LevelShift(change.ShiftPercent, change.ShiftLowPercent, change.ShiftHighPercent), share, remains: true, undoneBy: null)];
    }

    /// <summary>Every step of a mapped range, oldest first, each linked to its report among <paramref name="explained"/>.</summary>
    public static IReadOnlyList<CulpritStepJson> Of(Core.Mapping.RangeMap map, IReadOnlyList<StepReport> explained) =>
    [
        .. map.Map.Steps.Select(step => Of(map.Commit(step.Index), step.Shift, step.SharePercent, step.Remains, step.UndoneBy is { } by ? map.Commit(by).Sha : null) with
        {
            Explanation = explained.FirstOrDefault(e => e.Sha == map.Commit(step.Index).Sha)?.Link,
        }),
    ];

    private static CulpritStepJson Of(CommitInfo commit, LevelShift shift, double share, bool remains, string? undoneBy) => new(
        commit.Sha,
        commit.Subject,
        commit.Author,
        commit.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        shift.Percent >= 0 ? "slower" : "faster",
        Math.Round(shift.Percent, 2),
        Math.Round(shift.LowPercent, 2),
        Math.Round(shift.HighPercent, 2),
        Math.Round(share, 1),
        remains,
        undoneBy,
        null);
}
