namespace Bisector.Core.Explain;

/// <summary>Puts two builds' profiles side by side, symbol by symbol, most regressed first.</summary>
public static class ProfileComparer
{
    /// <summary>Symbols kept in the table.</summary>
    public const int MaxSymbols = 15;

    /// <summary>The hottest symbols always in the table, regressed or not.</summary>
    public const int HottestKept = 5;

    /// <summary>Fewer samples than this in both profiles together, without an instruction count to back them, is noise.</summary>
    public const double MinSamples = 5;

    /// <summary>
    /// Compares time profiles (shares of samples, scaled by <paramref name="timeRatio"/>, the culprit's measured time over
    /// the parent's, so that shares become time) and instruction profiles (absolute counts); either pair may be missing.
    /// Without a measured ratio, the profiles' samples per run give one: at a fixed sampling rate they count CPU time.
    /// </summary>
    public static ProfileComparison? Compare(Profile? parentTime, Profile? culpritTime, double? timeRatio, Profile? parentCounts, Profile? culpritCounts)
    {
        var time = parentTime is not null && culpritTime is not null;
        var counts = parentCounts is not null && culpritCounts is not null;
        if (!time && !counts)
        {
            return null;
        }

        var names = new[] { parentTime, culpritTime, parentCounts, culpritCounts }
            .Where(p => p is not null)
            .SelectMany(p => p!.Symbols)
            .GroupBy(s => s.Symbol, StringComparer.Ordinal)
            .Select(g => (Symbol: g.Key, Object: g.Select(s => s.Object).FirstOrDefault(o => o.Length > 0) ?? string.Empty));

        var ratio = timeRatio ?? (time && parentTime!.Total > 0 ? culpritTime!.Total / culpritTime.Runs / (parentTime.Total / parentTime.Runs) : 1);
        var (parentSamples, culpritSamples) = (parentTime?.CostBySymbol(), culpritTime?.CostBySymbol());
        var (parentCounted, culpritCounted) = (parentCounts?.CostBySymbol(), culpritCounts?.CostBySymbol());
        var symbols = new List<SymbolChange>();
        foreach (var (symbol, binary) in names)
        {
            double? parentShare = time ? Share(parentSamples!, symbol, parentTime!.Total) : null;
            double? culpritShare = time ? Share(culpritSamples!, symbol, culpritTime!.Total) : null;
            double? parentInstructions = counts ? parentCounted!.GetValueOrDefault(symbol) : null;
            double? culpritInstructions = counts ? culpritCounted!.GetValueOrDefault(symbol) : null;
            var contribution = time
                ? ((culpritShare!.Value * ratio) - parentShare!.Value) * 100
                : parentCounts!.Total > 0 ? (culpritInstructions!.Value - parentInstructions!.Value) / parentCounts.Total * 100 : 0;
            symbols.Add(new SymbolChange(symbol, binary, parentShare, culpritShare, parentInstructions, culpritInstructions, contribution));
        }

        // A symbol seen in a handful of samples and no instruction count is noise; the hottest symbols stay even when
        // they did not regress, so that the table always shows where the time is.
        bool Noise(SymbolChange s) =>
            time && parentSamples!.GetValueOrDefault(s.Symbol) + culpritSamples!.GetValueOrDefault(s.Symbol) < MinSamples
            && (!counts || Math.Max(s.ParentInstructions!.Value / parentCounts!.Total, s.CulpritInstructions!.Value / culpritCounts!.Total) < 0.005);
        double Heat(SymbolChange s) => Math.Max(s.ParentShare ?? 0, s.CulpritShare ?? 0)
            + (counts ? Math.Max(s.ParentInstructions!.Value / parentCounts!.Total, s.CulpritInstructions!.Value / culpritCounts!.Total) : 0);
        var candidates = symbols.Where(s => !Noise(s)).ToArray();
        var kept = candidates
            .OrderByDescending(s => s.ContributionPercent).Take(MaxSymbols - HottestKept)
            .Union(candidates.OrderByDescending(Heat).Take(HottestKept))
            .OrderByDescending(s => s.ContributionPercent)
            .ThenByDescending(Heat)
            .ToArray();

        return new ProfileComparison(
            time ? ProfileMethod.Of(culpritTime!) : null,
            counts ? ProfileMethod.Of(culpritCounts!) : null,
            time ? "time" : "instructions",
            kept);
    }

    private static double Share(IReadOnlyDictionary<string, double> costs, string symbol, double total) => total <= 0 ? 0 : costs.GetValueOrDefault(symbol) / total;
}
