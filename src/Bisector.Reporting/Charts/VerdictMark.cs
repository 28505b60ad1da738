using Bisector.Core.Domain;

namespace Bisector.Reporting.Charts;

/// <summary>The shape a chart marker takes (drawn by ScottPlot; named here so the chart's model stays testable without it).</summary>
internal enum MarkShape
{
    Circle,
    Square,
    Cross,
    Diamond,
}

/// <summary>How a verdict looks, in the chart and in the HTML tables alike: colour and marker shape, never colour alone.</summary>
internal sealed record VerdictMark(Verdict Verdict, string Name, string Color, MarkShape Shape)
{
    /// <summary>The shape as a character, for text next to the chart (the steps table).</summary>
    public string Glyph => Shape switch
    {
        MarkShape.Circle => "●",
        MarkShape.Square => "■",
        MarkShape.Cross => "✕",
        _ => "◆",
    };

    public static readonly VerdictMark Good = new(Verdict.Good, "good", "#2a7a2a", MarkShape.Circle);
    public static readonly VerdictMark Bad = new(Verdict.Bad, "bad", "#b22222", MarkShape.Square);
    public static readonly VerdictMark Skip = new(Verdict.Skip, "skip", "#777777", MarkShape.Cross);
    public static readonly VerdictMark Unknown = new(Verdict.Unknown, "unknown", "#c07000", MarkShape.Diamond);

    public static IReadOnlyList<VerdictMark> All { get; } = [Good, Bad, Skip, Unknown];

    public static VerdictMark Of(Verdict verdict) => All.Single(m => m.Verdict == verdict);
}
