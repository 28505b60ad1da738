using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>Good is not an ancestor of bad: the search starts from their merge base.</summary>
public sealed record SearchFromMergeBase(string GoodRev, string BadRev, CommitInfo Base) : Finding;
