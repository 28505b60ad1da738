namespace Bisector.Cli.Tests;

/// <summary>
/// Tests that time real benchmarks run one at a time: two bisections measuring at once on a small machine
/// would be each other's noise.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BenchmarkingCollection : ICollectionFixture<SampleRepositoryFixture>
{
    public const string Name = "benchmarking";
}
