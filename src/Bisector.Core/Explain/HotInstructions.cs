using Bisector.Core.Explain.Sites;

namespace Bisector.Core.Explain;

/// <summary>
/// A function's hottest instructions in the culprit, as <c>perf annotate</c> lists them, each beside the parent's
/// instruction it stands for: where the time is, and whether that code is new. Pure.
/// </summary>
/// <param name="RankedBy">Samples when the time profile has any in the function, else executions.</param>
/// <param name="Rows">Hottest first; each instruction's source is named by its repository path.</param>
public sealed record HotInstructions(HotRanking RankedBy, IReadOnlyList<HotInstruction> Rows)
{
    /// <summary>Instructions listed per function.</summary>
    public const int Listed = 10;

    /// <summary>
    /// The culprit's hottest instructions, each beside the parent's instruction of the same shape from the same source
    /// line (the parent's lines mapped through the commit's diff), the one whose execution count is nearest, each used
    /// once: a whole-function alignment pairs instructions from other lines where the compiler reordered code. Null when
    /// neither samples nor execution counts fell in the function.
    /// </summary>
    public static HotInstructions? Of(FunctionCode parent, FunctionCode culprit, LineShift shift, ISourceFiles parentSources, ISourceFiles culpritSources)
    {
        var ranking = culprit.Instructions.Any(i => i.SampleShare > 0) ? HotRanking.Samples
            : culprit.Instructions.Any(i => i.Executions > 0) ? HotRanking.Executions
            : (HotRanking?)null;
        if (ranking is not { } rankedBy)
        {
            return null;
        }

        var parentSites = new SourceSites(parentSources);
        var culpritSites = new SourceSites(culpritSources);
        var candidates = parent.Instructions
            .Select(i => (Instruction: i, Site: parentSites.Of(i)))
            .Where(x => x.Site is not null)
            .Select(x => (x.Instruction, x.Site!.Value, Mapped: shift.Map(x.Site.Value.Path, x.Site.Value.Line)))
            .Where(x => x.Mapped is not null)
            .ToLookup(x => (x.Value.Path, Line: x.Mapped!.Value, Shape: InstructionShape.Of(x.Instruction.Text)), x => (x.Instruction, Site: x.Value));
        var used = new HashSet<Instruction>(ReferenceEqualityComparer.Instance);

        double Heat(Instruction i) => rankedBy == HotRanking.Samples ? i.SampleShare ?? 0 : i.Executions ?? 0;
        var rows = new List<HotInstruction>();
        foreach (var instruction in culprit.Instructions.Where(i => Heat(i) > 0).OrderByDescending(Heat).ThenByDescending(i => i.Executions ?? 0).Take(Listed))
        {
            var site = culpritSites.Of(instruction);
            var twin = site is { } s
                ? candidates[(s.Path, s.Line, InstructionShape.Of(instruction.Text))]
                    .Where(c => !used.Contains(c.Instruction))
                    .OrderBy(c => Math.Abs((c.Instruction.Executions ?? 0) - (instruction.Executions ?? 0)))
                    .Select(c => ((Instruction Instruction, (string Path, int Line) Site)?)c)
                    .FirstOrDefault()
                : null;
            if (twin is { } t)
            {
                used.Add(t.Instruction);
            }

            rows.Add(new HotInstruction(
                site is { } own ? instruction with { Source = $"{own.Path}:{own.Line}" } : instruction,
                twin is { } p ? p.Instruction with { Source = $"{p.Site.Path}:{p.Site.Line}" } : null));
        }

        return new HotInstructions(rankedBy, rows);
    }
}
