using Bisector.Core.Abstractions;

namespace Bisector.Simulation;

/// <summary>
/// Returns a measurement for the "built" commit (its artifact folder is its SHA) from a function, counting the
/// samples taken per commit. The function gets the SHA and a seeded random source.
/// </summary>
public sealed class SyntheticRunner(Func<string, Random, double> measure, int seed) : IBenchmarkRunner
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _samples = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> SamplesTaken => _samples;

    public Task<SampleOutcome> MeasureAsync(BuildOutcome build, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _samples[build.ArtifactDirectory] = _samples.GetValueOrDefault(build.ArtifactDirectory) + 1;
        var value = measure(build.ArtifactDirectory, _random);
        return Task.FromResult(double.IsNaN(value) ? SampleOutcome.Failure("synthetic crash") : SampleOutcome.Of(value));
    }

    public Task WarmUpAsync(BuildOutcome build, CancellationToken cancellationToken) => Task.CompletedTask;
}
