using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Json;

/// <summary>
/// report.json, schema version 1 (the contract in docs/contracts.md), plus extra fields: the endpoint noise and the
/// smallest change it allowed to see, the culprit's re-verification and instruction count, the work search, each step's
/// deciding metric, raw samples and confidence interval, and notes; with a culprit's explanation, the profile, the
/// commit and whether its changed source ran; the environment and the commands that reproduce the run. The order of the
/// properties is the order of the fields in the file: add new ones, never rename.
/// </summary>
internal sealed record ReportJson(
    int SchemaVersion,
    string Status,
    RevisionJson Good,
    RevisionJson Bad,
    string Benchmark,
    string Metric,
    string Unit,
    CommitJson? Culprit,
    IReadOnlyList<string> Candidates,
    ChangeJson? Change,
    EndpointsJson? Endpoints,
    VerificationJson? Verification,
    InstructionsJson? Instructions,
    TimeVsInstructionsJson? TimeVsInstructions,
    WorkJson? Work,
    ProfileJson? Profile,
    ExplanationJson? Explanation,
    IReadOnlyList<StepJson> Steps,
    int RangeLength,
    int Builds,
    double ElapsedSeconds,
    double BuildSecondsTotal,
    double BenchmarkSecondsTotal,
    int SamplesTaken,
    int SamplesReused,
    string Direction,
    SearchJson? Search,
    IReadOnlyList<string> Notes,
    EnvironmentJson? Environment,
    CommandsJson? Commands,
    IReadOnlyList<CulpritStepJson> Culprits,
    int? Probes,
    IReadOnlyList<UnexplainedJson> Unexplained,
    RevertCheckJson? RevertCheck,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<LayoutJson>? Layouts,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    ComparedJson? Compared)
{
    /// <param name="notes">The notes in words, as the report's other views show them.</param>
    /// <param name="explained">The steps explained in reports of their own, which <c>culprits</c> links.</param>
    public static ReportJson Of(BisectResult result, IReadOnlyList<string> notes, IReadOnlyList<Document.StepReport> explained)
    {
        var request = result.Request;
        return new(
            1,
            ReportNames.Status(result.Status),
            RevisionJson.Of(request.GoodRev, result.Good),
            RevisionJson.Of(request.BadRev, result.Bad),
            request.Benchmark,
            request.Metric,
            request.Unit,
            CommitJson.Of(result.Culprit),
            [.. result.Candidates.Select(c => c.Sha)],
            ChangeJson.Of(result.Change),
            EndpointsJson.Of(result.Endpoints),
            VerificationJson.Of(result.Verification, request.Metric),
            InstructionsJson.Of(result.Instructions),
            TimeVsInstructionsJson.Of(result.TimeVsInstructions, request.GoodRev, request.BadRev),
            WorkJson.Of(result.Work),
            ProfileJson.Of(result.Explanation),
            ExplanationJson.Of(result.Explanation),
            [.. result.Steps.Select(s => StepJson.Of(s, request.Metric))],
            result.RangeLength,
            result.Builds,
            Math.Round(result.Elapsed.TotalSeconds, 3),
            Math.Round(result.BuildSeconds, 3),
            Math.Round(result.BenchmarkSeconds, 3),
            result.SamplesTaken,
            result.SamplesReused,
            result.Direction == Core.Statistics.Direction.Faster ? "faster" : "slower",
            SearchJson.Of(result.Search),
            notes,
            EnvironmentJson.Of(result.Environment),
            CommandsJson.Of(result.Commands),
            CulpritStepJson.Of(result, explained),
            result.Map?.Map.Probes,
            UnexplainedJson.Of(result),
            RevertCheckJson.Of(result),
            LayoutJson.Of(result),
            result.Status == BisectStatus.Compared ? ComparedJson.Of(result.Notes.OfType<Core.Findings.PairCompared>().FirstOrDefault()) : null);
    }
}
