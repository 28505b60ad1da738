using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>
/// The rest of the range is being mapped on a metric that varies, in paired rounds: around the commit the search named
/// when it leaves part of the endpoints' change unexplained, or the whole range when the search could confirm no commit.
/// </summary>
/// <param name="Around">The culprit the search named and its re-check confirmed; null when the whole range is mapped.</param>
/// <param name="ExplainedPercent">The culprit's own shift against its parent; null with no culprit.</param>
/// <param name="TotalPercent">The endpoints' shift.</param>
public sealed record MappingTimeSteps(string Metric, int Commits, CommitInfo? Around, double? ExplainedPercent, double TotalPercent) : SessionPhase;
