namespace Bisector.Core.Explain;

/// <summary>
/// One kind of instruction (its shape: registers and stack slots left out) counted in a function of each build: how
/// often it appears in the code and how often it ran. Independent of how the two listings align.
/// </summary>
public sealed record ShapeChange(string Shape, int ParentCount, int CulpritCount, long ParentExecutions, long CulpritExecutions)
{
    public long ExecutionDelta => CulpritExecutions - ParentExecutions;
}
