using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>The endpoints' samples and the smallest change their noise allowed this run to see.</summary>
public sealed record NoiseSection(ReportTable Table, string Sensitivity) : ReportSection("noise", "Noise at the endpoints")
{
    public static NoiseSection? Of(BisectResult result)
    {
        if (result.Endpoints is not { } noise)
        {
            return null;
        }

        var unit = result.Request.Unit;
        return new(
            new(
                [new("endpoint"), new("samples", CellKind.Number), new("median", CellKind.Number), new("95 % CI of median", CellKind.Number), new("min – max", CellKind.Number), new("spread", CellKind.Number)],
                new[] { ("good", noise.Good), ("bad", noise.Bad) }.Select(e => (IReadOnlyList<string>)
                [
                    e.Item1,
                    e.Item2.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{Format.Number(e.Item2.Median)} {unit}",
                    $"{Format.Number(e.Item2.MedianLow)} – {Format.Number(e.Item2.MedianHigh)}",
                    $"{Format.Number(e.Item2.Min)} – {Format.Number(e.Item2.Max)}",
                    Format.Share(EndpointNoise.SpreadPercent(e.Item2)),
                ]).ToArray()),
            ReportText.Sensitivity(noise));
    }
}
