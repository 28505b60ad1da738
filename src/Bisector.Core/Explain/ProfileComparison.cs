namespace Bisector.Core.Explain;

/// <summary>Culprit against parent, symbol by symbol, most regressed first (what perf diff and callgrind_annotate show, side by side).</summary>
/// <param name="Time">The time profiles' tool and how they were taken (e.g. "perf record -e cpu-clock -F999 -g, frame pointers"); null without them.</param>
/// <param name="Instructions">The instruction profiles' tool; null without them.</param>
/// <param name="ContributionBasis">"time" or "instructions": what <see cref="SymbolChange.ContributionPercent"/> measures.</param>
public sealed record ProfileComparison(
    string? Time,
    string? Instructions,
    string ContributionBasis,
    IReadOnlyList<SymbolChange> Symbols)
{
    /// <summary>The symbol where the culprit spends most of its time (or, without a time profile, its instructions).</summary>
    public SymbolChange? Hottest => Symbols.MaxBy(s => s.CulpritShare ?? s.CulpritInstructions ?? 0);
}
