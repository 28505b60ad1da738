namespace Bisector.Core.Abstractions;

/// <summary>Runs the configured benchmark once, as its own process, and measures the configured metric.</summary>
public interface IBenchmarkRunner
{
    Task<SampleOutcome> MeasureAsync(BuildOutcome build, CancellationToken cancellationToken);

    /// <summary>Runs the benchmark without keeping the result: warm caches, page in the binary.</summary>
    Task WarmUpAsync(BuildOutcome build, CancellationToken cancellationToken);
}
