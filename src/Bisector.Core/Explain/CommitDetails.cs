namespace Bisector.Core.Explain;

/// <summary>The culprit as a reviewer reads it: the full message, the diffstat and the unified diff against its parent.</summary>
public sealed record CommitDetails(string Sha, string ParentSha, string Message, IReadOnlyList<FileChange> Files, string Patch);
