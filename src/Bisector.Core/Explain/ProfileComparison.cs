namespace Bisector.Core.Explain;

/// <summary>Culprit against parent, symbol by symbol, most regressed first (what perf diff and callgrind_annotate show, side by side).</summary>
/// <param name="Time">How the culprit's time profile was taken; null without one.</param>
/// <param name="Instructions">How the culprit's instruction profile was taken; null without one.</param>
/// <param name="ContributionBasis">"time" or "instructions": what <see cref="SymbolChange.ContributionPercent"/> measures.</param>
public sealed record ProfileComparison(
    ProfileMethod? Time,
    ProfileMethod? Instructions,
    string ContributionBasis,
    IReadOnlyList<SymbolChange> Symbols)
{
    /// <summary>The symbol where the culprit spends most of its time (or, without a time profile, its instructions).</summary>
    public SymbolChange? Hottest => Symbols.MaxBy(s => s.CulpritShare ?? s.CulpritInstructions ?? 0);
}
