namespace Bisector.Core.Explain.Sites;

/// <summary>
/// One changed source line, or every expansion of a macro the commit edited, in one function: how many sites, how many
/// kept their machine code, how many instructions were added and removed, and how often they ran in parent and culprit.
/// </summary>
/// <param name="Macro">The edited macro these sites expand; null for a single source line.</param>
/// <param name="Sites">The sites: 1 for a source line, every expansion for a macro.</param>
/// <param name="TypicalAdded">What each changed site added (for a macro, what most of its changed sites share).</param>
/// <param name="TypicalRemoved">What each changed site removed.</param>
public sealed record SiteSummary(
    string Symbol, string File, int Line, string? Macro, int Sites, int Identical, int Changed,
    int AddedInstructions, int RemovedInstructions, long ParentRuns, long CulpritRuns,
    IReadOnlyList<string> TypicalAdded, IReadOnlyList<string> TypicalRemoved)
{
    /// <summary>Changed sites that added and removed at least the typical instructions.</summary>
    public int Typical { get; init; } = Changed;

    /// <summary>The sites the same but for registers, stack slots or labels.</summary>
    public int SameShape => Sites - Identical - Changed;

    /// <summary>Every expansion of an edited macro in one function, in one row.</summary>
    public static SiteSummary Of(MacroSites macro)
    {
        var first = macro.Sites.FirstOrDefault();
        return new SiteSummary(
            macro.Symbol, first?.File ?? "", first?.Line ?? 0, macro.Macro, macro.Sites.Count, macro.Identical, macro.Changed,
            macro.Sites.Sum(s => s.Added.Count), macro.Sites.Sum(s => s.Removed.Count),
            macro.Sites.Sum(s => s.ParentRuns), macro.Sites.Sum(s => s.CulpritRuns), macro.TypicalAdded, macro.TypicalRemoved)
        {
            Typical = macro.Typical,
        };
    }

    /// <summary>One source line whose machine code changed.</summary>
    public static SiteSummary Of(SiteComparison site) => new(
        site.Symbol, site.File, site.Line, null, 1, 0, 1, site.Added.Count, site.Removed.Count, site.ParentRuns, site.CulpritRuns, site.Added, site.Removed);
}
