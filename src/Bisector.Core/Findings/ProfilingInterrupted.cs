namespace Bisector.Core.Findings;

/// <summary>Interrupted while profiling: the culprit is not explained.</summary>
public sealed record ProfilingInterrupted : Finding;
