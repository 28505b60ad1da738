using Bisector.Core.Domain;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Session;

/// <summary>One comparison made over layouts: the two revisions, how their layouts were made, and what the time change is.</summary>
/// <param name="Method">How the layouts differ: "link-pad-16", a pad of 16 bytes per layout in front of each link's code.</param>
public sealed record LayoutEvidence(ResolvedRevision Baseline, ResolvedRevision Candidate, string Method, LayoutVerdict Verdict)
{
    /// <summary>The rounds the verdict was read from, so that it can be read again with what became known since (an instruction count).</summary>
    public IReadOnlyList<LayoutRound> Rounds { get; init; } = [];
}
