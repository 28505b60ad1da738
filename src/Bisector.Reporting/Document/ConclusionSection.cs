using Bisector.Reporting.Text;
using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>Why the culprit is slower, in a few sentences, and which evidence could not be had.</summary>
public sealed record ConclusionSection(string Conclusion, IReadOnlyList<string> Unavailable) : ReportSection("why", "Why it is slower")
{
    public const string UnavailableLead = "Not available:";

    public static ConclusionSection? Of(BisectResult result) =>
        result.Explanation is { } explanation ? new(ConclusionText.Write(explanation), explanation.Unavailable.Select(ConclusionText.Unavailable).ToArray()) : null;
}
