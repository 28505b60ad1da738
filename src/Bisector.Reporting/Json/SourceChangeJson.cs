using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>A hunk of the culprit's source diff and whether the benchmark executed it.</summary>
internal sealed record SourceChangeJson(string File, string? Function, string? Macro, IReadOnlyList<int> Lines, bool Runs, long ParentInstructions, long CulpritInstructions)
{
    public static SourceChangeJson Of(ChangedCode change) =>
        new(change.File, change.Function, change.Macro, change.Lines, change.Runs, change.ParentInstructions, change.CulpritInstructions);
}
