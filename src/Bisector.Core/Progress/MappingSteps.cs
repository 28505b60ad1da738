namespace Bisector.Core.Progress;

/// <summary>Every step of the range is being mapped on an exact metric: segments that moved are split, agreeing ones probed.</summary>
public sealed record MappingSteps(string Metric, int Commits) : SessionPhase;
