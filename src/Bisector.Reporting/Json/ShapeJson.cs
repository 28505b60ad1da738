using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>An instruction shape whose count or executions changed between parent and culprit.</summary>
internal sealed record ShapeJson(string Shape, int ParentCount, int CulpritCount, long ParentExecutions, long CulpritExecutions)
{
    public static ShapeJson Of(ShapeChange shape) => new(shape.Shape, shape.ParentCount, shape.CulpritCount, shape.ParentExecutions, shape.CulpritExecutions);
}
