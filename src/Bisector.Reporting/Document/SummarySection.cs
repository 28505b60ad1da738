using Bisector.Reporting.Text;
using Bisector.Core.Session;

namespace Bisector.Reporting.Document;

/// <summary>The top of the report: the verdict, what to read first, what was compared, and what the run cost.</summary>
/// <param name="Facts">The endpoints and the metric: "good: `v1.0` 1111111111".</param>
public sealed record SummarySection(
    string Benchmark,
    string Headline,
    string? Disagreement,
    string? WorkHeadline,
    IReadOnlyList<string> Facts,
    string? TimeAndInstructions,
    string Cost) : ReportSection("summary", "Summary")
{
    public const string DisagreementLead = "Time and instructions disagree.";

    public const string WorkLead = "Where the work rose.";

    public static SummarySection Of(BisectResult result)
    {
        var request = result.Request;
        return new(
            request.Benchmark,
            ReportText.Headline(result),
            ReportText.Disagreement(result),
            result.Work is { } work ? WorkText.Headline(work) : null,
            [
                $"good: `{request.GoodRev}` {result.Good?.Commit.ShortSha}",
                $"bad: `{request.BadRev}` {result.Bad?.Commit.ShortSha}",
                $"metric: {request.Metric} ({request.Unit}), lower is better",
            ],
            ReportText.TimeAndInstructions(result),
            ReportText.Totals(result));
    }
}
