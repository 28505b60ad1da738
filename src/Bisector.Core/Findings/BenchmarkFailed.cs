namespace Bisector.Core.Findings;

/// <summary>A step's benchmark failed with <paramref name="Message"/>.</summary>
public sealed record BenchmarkFailed(string Message) : Finding;
