using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>A round of a multisection: its commits build at once, then each is measured in turn.</summary>
public sealed record SearchRound(int Round, IReadOnlyList<CommitInfo> Commits) : SessionPhase;
