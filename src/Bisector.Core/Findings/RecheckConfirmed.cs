using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Core.Findings;

/// <summary>
/// The search's commit, measured again against its parent in <paramref name="Rounds"/> paired rounds, holds: the run has
/// its answer from here on (what follows explains and checks it). Told as progress; the report has the re-check's own section.
/// </summary>
public sealed record RecheckConfirmed(CommitInfo Culprit, CommitInfo Parent, ChangeSummary Change, int Rounds) : Finding;
