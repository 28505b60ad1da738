using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>The search's last commit measured again against its parent, interleaved and order-balanced; it is the culprit when the slowdown holds.</summary>
public sealed record Verification(
    string CommitSha,
    string ParentSha,
    IReadOnlyList<double> ParentValues,
    IReadOnlyList<double> CulpritValues,
    EndpointOutcome Outcome,
    ChangeSummary Change)
{
    /// <summary>Whether the slowdown held against the parent.</summary>
    public bool Confirmed => Outcome == EndpointOutcome.Regression;
}
