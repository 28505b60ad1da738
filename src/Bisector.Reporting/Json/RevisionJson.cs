using Bisector.Core.Domain;

namespace Bisector.Reporting.Json;

/// <summary>An endpoint as asked and as resolved; the sha is null when it could not be resolved.</summary>
internal sealed record RevisionJson(string Rev, string? Sha)
{
    public static RevisionJson Of(string rev, ResolvedRevision? resolved) => new(rev, resolved?.Sha);
}
