namespace Bisector.Core.Explain.Sites;

/// <summary>
/// Every site of a function where a macro the commit edited expands, and what happened to their machine code:
/// "DISPATCH() expands at 212 sites in eval: 212 changed, each +3 instructions (mov, test, jne)".
/// </summary>
/// <param name="TypicalAdded">The added shapes most changed sites share, in order; empty when none changed.</param>
/// <param name="TypicalRemoved">The removed shapes most changed sites share.</param>
public sealed record MacroSites(
    string Macro, string Symbol, IReadOnlyList<SiteComparison> Sites, IReadOnlyList<string> TypicalAdded, IReadOnlyList<string> TypicalRemoved)
{
    public int Identical => Sites.Count(s => s.Finding == SiteFinding.Identical);

    public int SameShape => Sites.Count(s => s.Finding == SiteFinding.SameShape);

    public int Changed => Sites.Count(s => s.Finding is SiteFinding.Changed or SiteFinding.Added or SiteFinding.Removed);

    /// <summary>Changed sites that added at least <see cref="TypicalAdded"/> and removed at least <see cref="TypicalRemoved"/>.</summary>
    public int Typical => Sites.Count(s => s.Finding == SiteFinding.Changed && Holds(s.Added, TypicalAdded) && Holds(s.Removed, TypicalRemoved));

    private static bool Holds(IReadOnlyList<string> all, IReadOnlyList<string> some)
    {
        var left = all.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return some.All(shape => left.TryGetValue(shape, out var count) && (left[shape] = count - 1) >= 0);
    }
}
