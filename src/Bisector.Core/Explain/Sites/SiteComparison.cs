namespace Bisector.Core.Explain.Sites;

/// <summary>One source site (a line, in the culprit's numbering) of one function: its machine code in parent and culprit.</summary>
/// <param name="File">The repository path.</param>
/// <param name="Added">Shapes of the instructions only the culprit has here.</param>
/// <param name="Removed">Shapes of the instructions only the parent had here.</param>
/// <param name="ParentRuns">How often the parent's instructions here ran (callgrind), 0 when not counted.</param>
public sealed record SiteComparison(
    string Symbol, string File, int Line, int ParentInstructions, int CulpritInstructions, SiteFinding Finding,
    IReadOnlyList<string> Added, IReadOnlyList<string> Removed, long ParentRuns, long CulpritRuns);
