using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>A step whose verdict the re-check contradicted is measured again in fresh rounds.</summary>
public sealed record RepairingStep(CommitInfo Commit, Verdict Was, CommitInfo Culprit) : SessionPhase;
