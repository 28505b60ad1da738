using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>The re-check of the culprit against its parent could not build <paramref name="Commit"/> again.</summary>
public sealed record RecheckNotBuilt(CommitInfo Commit) : Finding;
