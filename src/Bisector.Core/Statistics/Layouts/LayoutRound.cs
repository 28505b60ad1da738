namespace Bisector.Core.Statistics.Layouts;

/// <summary>One round of a comparison over layouts: the baseline's and the candidate's builds of one layout, run back to back.</summary>
/// <param name="Layout">The layout both sides ran in (0 is the default build).</param>
public sealed record LayoutRound(int Layout, double Baseline, double Candidate);
