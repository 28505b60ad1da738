using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>
/// The re-check of the commit the search ended on contradicted a step's verdict; measured again in <paramref name="Rounds"/>
/// fresh rounds, the step is <paramref name="Now"/>, so the search went on from there.
/// </summary>
/// <param name="Culprit">The commit the search had ended on, whose re-check failed.</param>
public sealed record StepVerdictRepaired(CommitInfo Commit, Verdict Was, Verdict Now, int Rounds, CommitInfo Culprit) : Finding;
