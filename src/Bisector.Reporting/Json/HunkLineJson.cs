using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>One aligned line of a machine-code hunk: the parent's instruction, the culprit's, or both.</summary>
internal sealed record HunkLineJson(string Kind, InstructionJson? Parent, InstructionJson? Culprit)
{
    public static HunkLineJson Of(CodeLine line) => new(
        line.Kind switch { '+' => "added", '-' => "removed", '~' => "registers", _ => "same" },
        InstructionJson.Of(line.Parent),
        InstructionJson.Of(line.Culprit));
}
