namespace Bisector.Core.Explain;

/// <summary>Compares one function's machine code in two builds, as BenchmarkDotNet's disassembly diff does, after addresses were made symbolic.</summary>
public static class MachineCodeComparer
{
    /// <summary>Unchanged instructions shown around each change.</summary>
    public const int Context = 3;

    /// <summary>Beyond this many edits the shortest script is not sought; the diff is anchored on unique instructions instead.</summary>
    public const int MaxEdits = 2000;

    /// <summary>The cache-line size that decides whether a move changed the function's alignment.</summary>
    public const int CacheLine = 64;

    public static MachineCodeComparison Compare(FunctionCode parent, FunctionCode culprit)
    {
        var before = parent.Instructions.Select(i => InstructionShape.Of(i.Text)).ToArray();
        var after = culprit.Instructions.Select(i => InstructionShape.Of(i.Text)).ToArray();
        var script = SequenceDiff.Align(before, after, MaxEdits);
        var hunks = Hunks(script, parent, culprit);
        var renamed = script.Count(p => p is { Old: { } o, New: { } n } && parent.Instructions[o].Text != culprit.Instructions[n].Text);
        var finding = hunks.Count > 0 || renamed > 0
            ? CodeFinding.Changed
            : parent.Address % CacheLine == culprit.Address % CacheLine ? CodeFinding.Identical : CodeFinding.Moved;
        return new MachineCodeComparison(
            parent.Symbol, finding, parent.Address, culprit.Address, parent.Size, culprit.Size,
            parent.Instructions.Count, culprit.Instructions.Count, hunks)
        {
            RegistersChanged = renamed,
            Shapes = ShapeChanges(parent, before, culprit, after),
        };
    }

    /// <summary>Shapes (one per instruction, as aligned) whose executions, or without counts whose number in the code, changed most: up to 5.</summary>
    private static ShapeChange[] ShapeChanges(FunctionCode parent, string[] parentShapes, FunctionCode culprit, string[] culpritShapes)
    {
        static Dictionary<string, (int Count, long Executions)> Tally(FunctionCode code, string[] shapes)
        {
            var tally = new Dictionary<string, (int Count, long Executions)>(StringComparer.Ordinal);
            for (var i = 0; i < shapes.Length; i++)
            {
                var (count, executions) = tally.GetValueOrDefault(shapes[i]);
                tally[shapes[i]] = (count + 1, executions + (code.Instructions[i].Executions ?? 0));
            }

            return tally;
        }

        var before = Tally(parent, parentShapes);
        var after = Tally(culprit, culpritShapes);
        return before.Keys.Union(after.Keys)
            .Select(shape => new ShapeChange(shape, before.GetValueOrDefault(shape).Count, after.GetValueOrDefault(shape).Count, before.GetValueOrDefault(shape).Executions, after.GetValueOrDefault(shape).Executions))
            .Where(c => c.ExecutionDelta != 0 || c.CulpritCount != c.ParentCount)
            .OrderByDescending(c => Math.Abs(c.ExecutionDelta))
            .ThenByDescending(c => Math.Abs(c.CulpritCount - c.ParentCount))
            .Take(5)
            .ToArray();
    }

    private static List<CodeHunk> Hunks(IReadOnlyList<(int? Old, int? New)> script, FunctionCode parent, FunctionCode culprit)
    {
        // A hunk is where the shapes differ; a register rename inside one is shown, but does not make one.
        var changed = script.Select(p => p.Old is null || p.New is null).ToArray();
        var hunks = new List<CodeHunk>();
        var i = 0;
        while (i < script.Count)
        {
            if (!changed[i])
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            var lastChange = i;
            while (end < script.Count && end - lastChange <= 2 * Context)
            {
                if (changed[end])
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(script.Count, lastChange + Context + 1);
            var lines = new List<CodeLine>();
            for (var j = start; j < end; j++)
            {
                var (old, @new) = script[j];
                lines.Add(new CodeLine(old is { } o ? parent.Instructions[o] : null, @new is { } n ? culprit.Instructions[n] : null));
            }

            hunks.Add(new CodeHunk(lines));
            i = end;
        }

        return hunks;
    }
}
