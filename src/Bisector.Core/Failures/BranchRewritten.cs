using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>The branch no longer contains the newest commit of its history.</summary>
public sealed record BranchRewritten(string Branch, CommitInfo Head, string NewestSha) : UsageFailure;
