using Bisector.Core.Domain;

namespace Bisector.Core.Findings;

/// <summary>
/// The culprit's shift against its parent on the default builds (<paramref name="DefaultCulpritPercent"/>) left more than
/// the threshold of the endpoints' (<paramref name="DefaultEndpointsPercent"/>) unexplained, but over
/// <paramref name="Layouts"/> code layouts the culprit (<paramref name="CulpritPercent"/>) accounts for the endpoints'
/// change (<paramref name="EndpointsPercent"/>): the rest was where the code landed, and no other step was searched.
/// </summary>
public sealed record ResidueIsPlacement(
    CommitInfo Culprit, int Layouts, double DefaultCulpritPercent, double DefaultEndpointsPercent, double CulpritPercent, double EndpointsPercent) : Finding;
