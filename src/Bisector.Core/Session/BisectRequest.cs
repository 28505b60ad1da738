namespace Bisector.Core.Session;

/// <summary>What to bisect: revisions as the user wrote them, and what the measurements mean.</summary>
public sealed record BisectRequest(string GoodRev, string BadRev, string Benchmark, string Metric, string Unit);
