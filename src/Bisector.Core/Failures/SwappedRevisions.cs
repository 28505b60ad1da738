using Bisector.Core.Domain;

namespace Bisector.Core.Failures;

/// <summary>--bad is an ancestor of --good: nothing lies between them, and they were probably given the other way round.</summary>
public sealed record SwappedRevisions(string GoodRev, string BadRev, CommitInfo Good, CommitInfo Bad) : UsageFailure;
