namespace Bisector.Core.Explain;

/// <summary>One build's profile from one tool: where the benchmark spent its samples or its instructions.</summary>
/// <param name="Tool">"perf" or "callgrind".</param>
/// <param name="Event">What was counted: "cpu-clock" samples, "cycles", or "Ir" (instructions) for callgrind.</param>
/// <param name="Total">Every sample or instruction of the run, including symbols left out of <paramref name="Symbols"/>.</param>
/// <param name="Symbols">Costs per symbol, largest first.</param>
/// <param name="CallGraph">How stacks were walked ("frame pointers", "lbr", "none"), with the reason when a better one was missing.</param>
/// <param name="Runs">How many benchmark runs the profile sums.</param>
public sealed record Profile(string Tool, string Event, double Total, IReadOnlyList<SymbolCost> Symbols, string CallGraph, int Runs)
{
    /// <summary>Per symbol, the samples taken at each offset from its start (perf's sym+offset): where in a function the time is.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<long, double>> OffsetSamples { get; init; } = new Dictionary<string, IReadOnlyDictionary<long, double>>();

    public double Share(string symbol) => Total <= 0 ? 0 : Cost(symbol) / Total;

    /// <summary>Every symbol's cost, summed over the binaries that hold it: one pass, for comparing many symbols.</summary>
    public IReadOnlyDictionary<string, double> CostBySymbol() =>
        Symbols.GroupBy(s => s.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(s => s.Cost), StringComparer.Ordinal);

    public double Cost(string symbol) => Symbols.Where(s => s.Symbol == symbol).Sum(s => s.Cost);
}
