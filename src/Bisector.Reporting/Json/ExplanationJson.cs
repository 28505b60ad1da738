using Bisector.Reporting.Text;
using Bisector.Core.Explain;

namespace Bisector.Reporting.Json;

/// <summary>Why the culprit is slower: the conclusion, what could not be had, the commit and whether its changed source ran.</summary>
internal sealed record ExplanationJson(string Conclusion, IReadOnlyList<string> Unavailable, CommitDetailsJson Commit, SourceJson? Source)
{
    public static ExplanationJson? Of(Explanation? explanation) => explanation is null
        ? null
        : new(ConclusionText.Write(explanation), explanation.Unavailable.Select(ConclusionText.Unavailable).ToArray(), CommitDetailsJson.Of(explanation.Commit), SourceJson.Of(explanation.Source));
}
