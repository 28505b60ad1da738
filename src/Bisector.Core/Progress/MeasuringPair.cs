namespace Bisector.Core.Progress;

/// <summary><c>compare</c> measures its two revisions in paired rounds, back to back.</summary>
public sealed record MeasuringPair : SessionPhase;
