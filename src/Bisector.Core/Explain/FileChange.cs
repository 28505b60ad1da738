namespace Bisector.Core.Explain;

/// <summary>One file of a commit's diffstat.</summary>
public sealed record FileChange(string Path, int Added, int Deleted);
