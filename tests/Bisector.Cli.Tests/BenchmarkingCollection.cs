namespace Bisector.Cli.Tests;

/// <summary>
/// Tests that time real benchmarks run one at a time among themselves, beside the <see cref="CountingCollection"/>:
/// their verdicts must hold on a machine another job keeps busy, and the counting tests are that job. A few
/// count-only tests (the nightly regression tests) run here too, so that the two streams take about as long.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BenchmarkingCollection : ICollectionFixture<SampleRepositoryFixture>
{
    public const string Name = "benchmarking";
}
