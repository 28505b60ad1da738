using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>The culprit measured again against its parent, interleaved and order-balanced.</summary>
public sealed record Verification(
    string ParentSha,
    IReadOnlyList<double> ParentValues,
    IReadOnlyList<double> CulpritValues,
    EndpointOutcome Outcome,
    ChangeSummary Change);
