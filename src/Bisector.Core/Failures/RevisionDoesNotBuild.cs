using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>An endpoint ("good", "bad", "baseline" or "candidate") did not build, so there is nothing to measure against.</summary>
public sealed record RevisionDoesNotBuild(string Role, string Rev, CommitInfo Commit, string? Error, string? LogPath) : UsageFailure;
