using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The work rose in one of <paramref name="Candidates"/>; the others next to it could not be built or counted.</summary>
public sealed record WorkRiseAmbiguous(IReadOnlyList<CommitInfo> Candidates) : Finding;
