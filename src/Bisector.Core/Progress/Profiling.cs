using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>The culprit and its parent are profiled: where did the time and the instructions go?</summary>
public sealed record Profiling(CommitInfo Culprit, CommitInfo Parent) : SessionPhase;
