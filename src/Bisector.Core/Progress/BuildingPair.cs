using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary><c>compare</c> builds its two revisions.</summary>
public sealed record BuildingPair(ResolvedRevision Baseline, ResolvedRevision Candidate) : SessionPhase;
