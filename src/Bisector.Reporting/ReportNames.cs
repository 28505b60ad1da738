using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Reporting;

/// <summary>The words the report contract uses for statuses and verdicts.</summary>
public static class ReportNames
{
    public const string JsonFile = "report.json";
    public const string MarkdownFile = "report.md";
    public const string HtmlFile = "report.html";

    public static string Status(BisectStatus status) => status switch
    {
        BisectStatus.CulpritFound => "culprit-found",
        BisectStatus.NoRegression => "no-regression",
        BisectStatus.Ambiguous => "ambiguous",
        BisectStatus.Inconclusive => "inconclusive",
        BisectStatus.Interrupted => "interrupted",
        BisectStatus.Compared => "compared",
        BisectStatus.Profiled => "profiled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Core.Domain.Verdict.Good => "good",
        Core.Domain.Verdict.Bad => "bad",
        Core.Domain.Verdict.Skip => "skip",
        Core.Domain.Verdict.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static string Finding(InstructionFinding finding) => finding switch
    {
        InstructionFinding.MoreInstructions => "more-instructions",
        InstructionFinding.SameInstructions => "same-instructions",
        InstructionFinding.FewerInstructions => "fewer-instructions",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, null),
    };
}
