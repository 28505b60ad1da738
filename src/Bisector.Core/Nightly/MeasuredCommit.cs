namespace Bisector.Core.Nightly;

/// <summary>A commit of the history with its samples and its place on the first-parent line (commits apart count in positions).</summary>
public sealed record MeasuredCommit(string Sha, int Position, IReadOnlyList<double> Values);
