using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>--since names a commit that is not on the branch's first-parent line.</summary>
public sealed record SinceNotOnBranch(CommitInfo Since, string Branch, CommitInfo Head) : UsageFailure;
