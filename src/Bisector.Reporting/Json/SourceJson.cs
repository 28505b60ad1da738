using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>Whether the changed source ran, and the lines whose executed instructions changed most.</summary>
internal sealed record SourceJson(IReadOnlyList<SourceChangeJson> Changes, IReadOnlyList<SourceLineJson> Lines)
{
    public static SourceJson? Of(SourceExecution? source) => source is null
        ? null
        : new([.. source.Changes.Select(SourceChangeJson.Of)], [.. source.Lines.Select(SourceLineJson.Of)]);
}
