using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>A symbol's share of the time and its instructions in parent and culprit, and what its change adds to the whole.</summary>
internal sealed record SymbolJson(
    string Name,
    string Object,
    double? ParentShare,
    double? CulpritShare,
    long? ParentInstructions,
    long? CulpritInstructions,
    double? InstructionChangePercent,
    double ContributionPercent)
{
    public static SymbolJson Of(SymbolChange symbol) => new(
        symbol.Symbol,
        symbol.Object,
        JsonNumbers.Round(symbol.ParentShare, 6),
        JsonNumbers.Round(symbol.CulpritShare, 6),
        JsonNumbers.Count(symbol.ParentInstructions),
        JsonNumbers.Count(symbol.CulpritInstructions),
        JsonNumbers.Round(symbol.InstructionChangePercent, 3),
        Math.Round(symbol.ContributionPercent, 3));
}
