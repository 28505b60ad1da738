using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>A function's machine code in parent and culprit: the contract's finding and counts, where it lies, and its hottest changed hunks.</summary>
internal sealed record MachineCodeJson(
    string Symbol,
    string Finding,
    int ParentInstructions,
    int CulpritInstructions,
    long ParentAddress,
    long CulpritAddress,
    long ParentSize,
    long CulpritSize,
    int RegistersChanged,
    int HunkCount,
    IReadOnlyList<ShapeJson> Shapes,
    IReadOnlyList<IReadOnlyList<HunkLineJson>> Hunks)
{
    /// <summary>Hunks written per function (hunkCount says how many there are).</summary>
    private const int MaxHunks = 20;

    /// <summary>Lines written per hunk, around its most executed change.</summary>
    private const int MaxLinesPerHunk = 100;

    public static MachineCodeJson Of(MachineCodeComparison code) => new(
        code.Symbol,
        ReportNames.CodeFinding(code.Finding),
        code.ParentInstructions,
        code.CulpritInstructions,
        code.ParentAddress,
        code.CulpritAddress,
        code.ParentSize,
        code.CulpritSize,
        code.RegistersChanged,
        code.Hunks.Count,
        [.. code.Shapes.Select(ShapeJson.Of)],
        [.. code.Hottest(MaxHunks).Select(h => (IReadOnlyList<HunkLineJson>)[.. h.Hunk.Window(MaxLinesPerHunk).Lines.Select(HunkLineJson.Of)])]);
}
