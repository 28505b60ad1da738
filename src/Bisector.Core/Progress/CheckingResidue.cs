using Bisector.Core.Domain;

namespace Bisector.Core.Progress;

/// <summary>
/// The culprit's shift against its parent left more than the threshold of the endpoints' change unexplained in the default
/// builds; both pairs are measured over <paramref name="Layouts"/> code layouts before the rest of the range is mapped.
/// </summary>
public sealed record CheckingResidue(CommitInfo Culprit, double CulpritPercent, double TotalPercent, int Layouts) : SessionPhase;
