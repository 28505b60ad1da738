using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>A step of the map was the merge <paramref name="Merge"/>; mapped on the branch it merged, it is <paramref name="Steps"/>' (oldest first).</summary>
public sealed record MergeStepOnBranch(CommitInfo Merge, IReadOnlyList<CommitInfo> Steps) : Finding;
