namespace Bisector.Core.Explain.Sites;

/// <summary>
/// The site-by-site answer for a culprit's compared functions: one row per macro the commit edited (every site that
/// expands it, changed or not) and one per other source line whose machine code changed, most executed first.
/// </summary>
public static class SiteSummaries
{
    /// <summary>Rows kept per function: a commit that rewrites a function changes every line of it.</summary>
    public const int MaxLinesPerFunction = 20;

    public static IReadOnlyList<SiteSummary> Of(IReadOnlyList<IReadOnlyList<SiteComparison>> functions, IReadOnlyList<DiffHunk> diff, ISourceFiles culpritSources)
    {
        var macros = diff
            .SelectMany(h => UnifiedDiff.MacrosEdited(h, culpritSources.Read(h.File)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var definitions = diff.Select(h => h.File).Concat(functions.SelectMany(f => f.Select(s => s.File))).Distinct(StringComparer.Ordinal)
            .Select(culpritSources.Read).OfType<string>().ToArray();
        var through = macros.ToDictionary(m => m, m => MacroUses.Reaching(m, definitions), StringComparer.Ordinal);
        var rows = new List<SiteSummary>();
        foreach (var sites in functions.Where(f => f.Count > 0))
        {
            var inMacros = new HashSet<(string, int)>();
            foreach (var macro in macros.Select(m => SiteComparer.Expansions(m, sites, culpritSources, through[m])).Where(m => m.Sites.Count > 0))
            {
                inMacros.UnionWith(macro.Sites.Select(s => (s.File, s.Line)));
                rows.Add(SiteSummary.Of(macro));
            }

            rows.AddRange(sites
                .Where(s => s.Finding is SiteFinding.Changed or SiteFinding.Added or SiteFinding.Removed && !inMacros.Contains((s.File, s.Line)))
                .OrderByDescending(s => Math.Max(s.ParentRuns, s.CulpritRuns))
                .ThenByDescending(s => s.Added.Count + s.Removed.Count)
                .Take(MaxLinesPerFunction)
                .Select(SiteSummary.Of));
        }

        return rows;
    }
}
