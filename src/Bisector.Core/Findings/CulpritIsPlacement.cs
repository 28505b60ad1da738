using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The commit the search found is not named: its time change against its parent vanished over <paramref name="Layouts"/> code layouts.</summary>
public sealed record CulpritIsPlacement(CommitInfo Commit, int Layouts) : Finding;
