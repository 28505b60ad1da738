using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>--good and --bad name the same commit.</summary>
public sealed record SameRevisions(string GoodRev, string BadRev, CommitInfo Commit) : UsageFailure;
