namespace Bisector.Core.Explain;

/// <summary>One machine instruction of a disassembled function.</summary>
/// <param name="Offset">Bytes from the function's start.</param>
/// <param name="Text">The instruction with build-specific addresses replaced by symbolic ones, so two builds compare.</param>
/// <param name="Source">"file:line" of the source it came from, when the build has line info.</param>
/// <param name="Executions">How many times it ran in the benchmark (callgrind), when counted.</param>
public sealed record Instruction(long Offset, string Text, string? Source, long? Executions)
{
    /// <summary>Its share of all time samples of the benchmark (perf), when a time profile was taken.</summary>
    public double? SampleShare { get; init; }
}
