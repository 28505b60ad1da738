using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>The culprit measured again against its parent.</summary>
internal sealed record VerificationJson(
    string Sha,
    string ParentSha,
    string Metric,
    bool Confirmed,
    ChangeJson Change,
    IReadOnlyList<double> ParentValues,
    IReadOnlyList<double> CulpritValues)
{
    public static VerificationJson? Of(Verification? verification, string metric) => verification is null
        ? null
        : new(verification.CommitSha, verification.ParentSha, metric, verification.Confirmed, ChangeJson.Of(verification.Change)!, verification.ParentValues, verification.CulpritValues);
}
