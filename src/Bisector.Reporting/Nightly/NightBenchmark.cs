namespace Bisector.Reporting.Nightly;

/// <summary>What one night did for one benchmark.</summary>
/// <param name="Measured">Commits measured tonight (short SHAs, oldest first).</param>
/// <param name="Unbuildable">Commits skipped because they do not build or their benchmark fails, with why.</param>
public sealed record NightBenchmark(BenchmarkHistory History, IReadOnlyList<string> Measured, IReadOnlyList<string> Unbuildable, int SamplesTaken, int SamplesReused);
