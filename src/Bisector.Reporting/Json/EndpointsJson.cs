using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>The endpoints' noise and the smallest change it allowed to see.</summary>
internal sealed record EndpointsJson(SpreadJson Good, SpreadJson Bad, double? DetectableShiftPercent, IReadOnlyList<double> GoodModes, IReadOnlyList<double> BadModes)
{
    public static EndpointsJson? Of(EndpointNoise? noise) => noise is null
        ? null
        : new(SpreadJson.Of(noise.Good), SpreadJson.Of(noise.Bad), JsonNumbers.Round(noise.DetectableShiftPercent, 3), noise.GoodModes, noise.BadModes);
}
