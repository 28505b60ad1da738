namespace Bisector.Core.Explain;

/// <summary>A function's machine code in one build.</summary>
/// <param name="Address">Its start address in the binary (its alignment is what can move between builds).</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record FunctionCode(string Symbol, string Binary, long Address, long Size, IReadOnlyList<Instruction> Instructions);
