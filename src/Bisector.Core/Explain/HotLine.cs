namespace Bisector.Core.Explain;

/// <summary>A source line whose executed instructions changed between parent and culprit.</summary>
/// <param name="SourceChanged">Whether the culprit's diff touches this line (or a macro it uses).</param>
public sealed record HotLine(string File, int Line, string Function, long ParentInstructions, long CulpritInstructions, bool SourceChanged)
{
    public long Delta => CulpritInstructions - ParentInstructions;
}
