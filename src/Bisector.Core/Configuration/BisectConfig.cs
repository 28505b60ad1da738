using Bisector.Core.Statistics;

namespace Bisector.Core.Configuration;

/// <summary>A bisect config: how to build a project and which benchmarks to run on it.</summary>
/// <param name="Detect">Paths that exist in every repository this config fits; used to pick a default config.</param>
public sealed record BisectConfig(
    string Name,
    string SourcePath,
    string Description,
    IReadOnlyList<string> Detect,
    BuildSettings Build,
    IReadOnlyDictionary<string, BenchmarkSettings> Benchmarks,
    string DefaultBenchmark,
    StatisticsOptions Statistics)
{
    public BenchmarkSettings Benchmark(string? name)
    {
        var key = name ?? DefaultBenchmark;
        if (Benchmarks.TryGetValue(key, out var benchmark))
        {
            return benchmark;
        }

        throw new Domain.UsageException(new Failures.UnknownBenchmark(key, SourcePath, [.. Benchmarks.Keys]));
    }
}
