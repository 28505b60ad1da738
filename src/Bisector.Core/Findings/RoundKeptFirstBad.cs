using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>A multisection round judged commits good that come after a bad one of the same round: the first bad one was kept.</summary>
public sealed record RoundKeptFirstBad(int Round, IReadOnlyList<CommitInfo> Ignored) : Finding;
