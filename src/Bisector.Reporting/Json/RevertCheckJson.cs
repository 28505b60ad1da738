using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>
/// The contract's revertCheck: whether the culprit was undone at the tip and measured, the reverted tip's shift against
/// the tip with its interval, and the share of the explained change it recovers; plus the commits, any conflicting paths,
/// and the map's undone steps left alone. Measured over code layouts, the shift is theirs and <c>layouts</c> says how many.
/// </summary>
internal sealed record RevertCheckJson(
    bool Applied,
    double? ShiftPercent,
    double? ShiftLowPercent,
    double? ShiftHighPercent,
    double? RecoveredSharePercent,
    string? Culprit,
    string? Tip,
    string? Revert,
    IReadOnlyList<string> Conflicts,
    bool NotBuilt,
    IReadOnlyList<NotRevertedJson> NotReverted,
    int Layouts)
{
    public static RevertCheckJson? Of(BisectResult result)
    {
        if (result.RevertCheck is not { } check)
        {
            return result.NotReverted.Count == 0 ? null : new(false, null, null, null, null, null, null, null, [], false, NotRevertedOf(result), 1);
        }

        return new(
            check.Applied,
            JsonNumbers.Round(check.Recovery?.Shift),
            JsonNumbers.Round(check.Recovery?.Low),
            JsonNumbers.Round(check.Recovery?.High),
            JsonNumbers.Round(check.RecoveredSharePercent),
            check.CulpritSha,
            check.TipSha,
            check.RevertSha,
            check.Conflicts,
            check.NotBuilt,
            NotRevertedOf(result),
            check.OverLayouts?.Verdict.Layouts ?? 1);
    }

    private static IReadOnlyList<NotRevertedJson> NotRevertedOf(BisectResult result) =>
        [.. result.NotReverted.Select(NotRevertedJson.Of)];
}
