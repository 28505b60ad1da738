using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>The change between the endpoints: the medians, the shift with its interval and the p-value.</summary>
/// <param name="Line">The change in one line, for the terminal.</param>
public sealed record ChangeSection(ReportTable Table, string Line) : ReportSection("change", "Change between good and bad")
{
    public static ChangeSection? Of(BisectResult result)
    {
        if (result.Change is not { } change)
        {
            return null;
        }

        var (request, unit) = (result.Request, result.Request.Unit);
        // Counts that repeat exactly are decided from their values; a signed-rank p-value of three rounds (0.125) would read as doubt.
        var evidence = result.Endpoints is { } noise && Repeats(noise.Good) && Repeats(noise.Bad)
            ? "every count repeats exactly"
            : $"p {Format.PValue(change.PValue)}";
        return new(
            new(
                [new("good median", CellKind.Number), new("bad median", CellKind.Number), new("shift (Hodges-Lehmann)", CellKind.Number), new("95 % interval", CellKind.Number), new("p-value (signed-rank, paired rounds)", CellKind.Number)],
                [[$"{Format.Number(change.BaselineMedian)} {unit}", $"{Format.Number(change.RegressedMedian)} {unit}", Format.Percent(change.ShiftPercent), $"{Format.Percent(change.ShiftLowPercent)} to {Format.Percent(change.ShiftHighPercent)}", Format.PValue(change.PValue)]]),
            $"{request.GoodRev} {Format.Number(change.BaselineMedian)} -> {request.BadRev} {Format.Number(change.RegressedMedian)} {unit} ({Format.Percent(change.ShiftPercent)}, {evidence})");
    }

    private static bool Repeats(Core.Statistics.Summary summary) =>
        EndpointNoise.SpreadPercent(summary) <= Core.Statistics.StatisticsOptions.Default.RepeatablePercent;
}
