using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>
/// The re-check of <paramref name="Culprit"/> failed, yet the step verdicts it contradicted (<paramref name="Retested"/>,
/// each with the verdict it was given and has again) held in fresh rounds: no commit is named.
/// </summary>
public sealed record StepVerdictsHeld(CommitInfo Culprit, IReadOnlyList<(CommitInfo Commit, Verdict Verdict)> Retested) : Finding
{
    /// <summary>The re-check was unsure rather than showing no change: its finding already says what to do about the noise.</summary>
    public bool AfterUnsureRecheck { get; init; }
}
