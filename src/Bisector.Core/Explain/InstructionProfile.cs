namespace Bisector.Core.Explain;

/// <summary>One build's run counted instruction by instruction (callgrind): per function, per source line and per address.</summary>
/// <param name="Functions">Instructions per function (tool "callgrind", event "Ir").</param>
/// <param name="Lines">Instructions per source line, for the lines that ran.</param>
/// <param name="Executions">Per binary (path), how many times each instruction address ran.</param>
public sealed record InstructionProfile(
    Profile Functions,
    IReadOnlyList<LineCost> Lines,
    IReadOnlyDictionary<string, IReadOnlyDictionary<long, long>> Executions);
