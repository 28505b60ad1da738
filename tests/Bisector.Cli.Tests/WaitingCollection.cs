namespace Bisector.Cli.Tests;

/// <summary>
/// Timed tests whose benchmarks mostly wait (sleeps hundreds of milliseconds apart, so that a busy machine's late
/// wake-ups cannot hide them): they use little CPU, so they run as a third stream beside the
/// <see cref="BenchmarkingCollection"/> and the <see cref="CountingCollection"/>, whose load they must hold under anyway.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WaitingCollection
{
    public const string Name = "waiting";
}
