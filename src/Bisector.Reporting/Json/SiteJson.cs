using Bisector.Core.Explain.Sites;

namespace Bisector.Reporting.Json;

/// <summary>The contract's profile.sites entry: one changed source line, or every expansion of an edited macro, in one function.</summary>
internal sealed record SiteJson(
    string Symbol,
    string File,
    int Line,
    string? Macro,
    int Sites,
    int Identical,
    int Changed,
    int AddedInstructions,
    int RemovedInstructions,
    long ParentRuns,
    long CulpritRuns)
{
    public static SiteJson Of(SiteSummary site) => new(
        site.Symbol, site.File, site.Line, site.Macro, site.Sites, site.Identical, site.Changed,
        site.AddedInstructions, site.RemovedInstructions, site.ParentRuns, site.CulpritRuns);
}
