namespace Bisector.Execution.Tests.Profiling;

/// <summary>Tests that profile real minivm builds: one set of builds, and one profiler at a time, so samples are not each other's noise.</summary>
[CollectionDefinition(Name)]
public sealed class ProfilingCollection : ICollectionFixture<MinivmBuilds>
{
    public const string Name = "profiling";
}
