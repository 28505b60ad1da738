namespace Bisector.Core.Nightly;

/// <summary>A commit of a branch's first-parent line, with its place on it (0 is the oldest the job has seen).</summary>
public sealed record HistoryCommit(string Sha, int Position, string Subject, DateTimeOffset Date);
