using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>One machine instruction: its offset in the function, its text and source line, how often it ran and its share of the samples.</summary>
internal sealed record InstructionJson(long Offset, string Text, string? Source, long? Executions, double? SampleShare)
{
    public static InstructionJson? Of(Instruction? instruction) => instruction is null
        ? null
        : new(instruction.Offset, instruction.Text, instruction.Source, JsonNumbers.Count(instruction.Executions), JsonNumbers.Round(instruction.SampleShare, 4));
}
