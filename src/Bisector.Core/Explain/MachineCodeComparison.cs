namespace Bisector.Core.Explain;

/// <summary>One function's machine code in the parent and in the culprit, compared after addresses were made symbolic.</summary>
public sealed record MachineCodeComparison(
    string Symbol,
    CodeFinding Finding,
    long ParentAddress,
    long CulpritAddress,
    long ParentSize,
    long CulpritSize,
    int ParentInstructions,
    int CulpritInstructions,
    IReadOnlyList<CodeHunk> Hunks)
{
    /// <summary>Instructions kept in place whose registers or stack slots differ (register allocation changed).</summary>
    public int RegistersChanged { get; init; }

    /// <summary>The kinds of instruction whose executions rose most, then fell most (callgrind counts; by count in the code without them).</summary>
    public IReadOnlyList<ShapeChange> Shapes { get; init; } = [];

    /// <summary>The culprit's hottest instructions beside the parent's, when samples or execution counts fell in the function.</summary>
    public HotInstructions? Hot { get; init; }

    /// <summary>
    /// The <paramref name="count"/> hunks whose changed instructions ran most (or, without execution counts, the largest),
    /// in their order in the function, each with its number among all hunks: what a report of bounded size shows.
    /// </summary>
    public IReadOnlyList<(int Number, CodeHunk Hunk)> Hottest(int count) => Hunks
        .Select((hunk, index) => (Number: index + 1, Hunk: hunk))
        .OrderByDescending(h => h.Hunk.Lines.Sum(l => Math.Max(0, l.ChangeHeat)))
        .ThenByDescending(h => h.Hunk.Added + h.Hunk.Removed)
        .Take(count)
        .OrderBy(h => h.Number)
        .ToArray();
}
