using Bisector.Core.Domain;
using Bisector.Core.Explain;
using Bisector.Core.Session;

namespace Bisector.Reporting;

/// <summary>The words the report contract uses for statuses and verdicts.</summary>
public static class ReportNames
{
    public const string JsonFile = "report.json";
    public const string MarkdownFile = "report.md";
    public const string HtmlFile = "report.html";

    /// <summary>The folder beside a report that holds its steps' own reports, one folder each.</summary>
    public const string StepsFolder = "steps";

    /// <summary>A step's folder, relative to the report that links it: "steps/a1b2c3d4e5".</summary>
    public static string StepFolder(CommitInfo step) => $"{StepsFolder}/{step.ShortSha}";

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

    public static string CodeFinding(CodeFinding finding) => finding switch
    {
        Core.Explain.CodeFinding.Identical => "identical",
        Core.Explain.CodeFinding.Moved => "moved",
        Core.Explain.CodeFinding.Changed => "changed",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, null),
    };

    /// <summary>
    /// What time and instructions say together at the endpoints (report.json's timeVsInstructions.finding). The contract
    /// has three values: opposite directions read as the one that moved the way bisected (time slower: time-only; more
    /// instructions: instructions-only), never as agree.
    /// </summary>
    public static string TimeVsInstructions(Core.Session.TimeVsInstructions both) => both.Finding switch
    {
        TimeInstructionFinding.Agree => "agree",
        TimeInstructionFinding.TimeOnly => "time-only",
        TimeInstructionFinding.InstructionsOnly => "instructions-only",
        TimeInstructionFinding.Opposite => both.TimeOutcome == Core.Statistics.EndpointOutcome.Regression ? "time-only" : "instructions-only",
        _ => throw new ArgumentOutOfRangeException(nameof(both), both.Finding, null),
    };

    /// <summary>A step's role as report.json and every view spell it.</summary>
    public static string Role(StepRole role) => role switch
    {
        StepRole.Good => "good",
        StepRole.Bad => "bad",
        StepRole.Search => "search",
        StepRole.Repair => "repair",
        StepRole.BranchGood => "branch-good",
        StepRole.BranchBad => "branch-bad",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
