namespace Bisector.Core.Explain;

/// <summary>One hunk of the culprit's diff and whether the benchmark ran it.</summary>
/// <param name="File">The file, relative to the repository.</param>
/// <param name="Function">The function or section git named for the hunk (its "@@ ... @@ context"), if any.</param>
/// <param name="Macro">The macro the hunk changes, when it edits a #define: its code is charged to the lines that use it.</param>
/// <param name="Lines">The culprit's changed lines (added or modified), by line number.</param>
/// <param name="CulpritInstructions">Instructions the culprit executed on those lines (or, for a macro, on the lines that use it).</param>
/// <param name="ParentInstructions">Instructions the parent executed on the lines the hunk removed or replaced (or that use the macro).</param>
public sealed record ChangedCode(string File, string? Function, string? Macro, IReadOnlyList<int> Lines, long CulpritInstructions, long ParentInstructions)
{
    public bool Runs => CulpritInstructions > 0 || ParentInstructions > 0;
}
