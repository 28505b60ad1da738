namespace Bisector.Core.Findings;

/// <summary>The endpoints' counts vary by up to <paramref name="SpreadPercent"/>, too much beside their difference to split the range by them.</summary>
public sealed record EndpointCountsVary(double SpreadPercent, double RisePercent) : Finding;
