using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>A source line whose executed instructions changed.</summary>
internal sealed record SourceLineJson(string File, int Line, string Function, long ParentInstructions, long CulpritInstructions, long Delta, bool SourceChanged)
{
    public static SourceLineJson Of(HotLine line) =>
        new(line.File, line.Line, line.Function, line.ParentInstructions, line.CulpritInstructions, line.Delta, line.SourceChanged);
}
