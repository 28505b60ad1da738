namespace Bisector.Core.Explain;

/// <summary>What one symbol cost in one profile: perf samples, or instructions counted by callgrind.</summary>
/// <param name="Symbol">The function's name as the profiler printed it.</param>
/// <param name="Object">The binary or library that holds it (a path where the profiler gives one).</param>
/// <param name="Cost">Samples (perf) or executed instructions (callgrind).</param>
public sealed record SymbolCost(string Symbol, string Object, double Cost);
