namespace Bisector.Core.Explain;

/// <summary>Instructions executed on one source line (from DWARF line info), and the function they ran in.</summary>
/// <param name="File">The source file as the debug info names it (often absolute: the build's worktree).</param>
public sealed record LineCost(string File, int Line, string Function, long Instructions);
