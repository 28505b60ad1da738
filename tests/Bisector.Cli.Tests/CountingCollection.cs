namespace Bisector.Cli.Tests;

/// <summary>
/// Tests whose outcome does not depend on time: they bisect by callgrind's instruction count (the deterministic
/// config, its benchmark pinned to CPU 0) or by a number the program prints, check inputs, or run scripts. They run one at a time among themselves and
/// beside the <see cref="BenchmarkingCollection"/>, whose verdicts must hold on a machine that is busy anyway: the load
/// these tests add is the load a user's machine has.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CountingCollection : ICollectionFixture<SampleRepositoryFixture>
{
    public const string Name = "counting";
}
