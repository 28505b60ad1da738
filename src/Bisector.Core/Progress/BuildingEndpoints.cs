using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>A bisection builds its two endpoints before anything is measured.</summary>
public sealed record BuildingEndpoints(ResolvedRevision Good, ResolvedRevision Bad) : SessionPhase;
