using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Reporting.Json;
using Bisector.Reporting.Text;

namespace Bisector.Reporting;

/// <summary>
/// report.json, schema version 1 (the contract in docs/contracts.md), plus extra fields: the endpoint noise and the smallest
/// change it allowed to see, the culprit's re-verification and instruction count, each step's deciding metric, raw
/// samples and confidence interval, and notes; with a culprit's explanation (see <see cref="ExplanationJson"/>), the
/// profile, the commit and whether its changed source ran; the environment and the commands that reproduce the run.
/// </summary>
public static class JsonReportWriter
{
    public static string Render(BisectResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("status", ReportNames.Status(result.Status));
            WriteRevision(json, "good", result.Request.GoodRev, result.Good);
            WriteRevision(json, "bad", result.Request.BadRev, result.Bad);
            json.WriteString("benchmark", result.Request.Benchmark);
            json.WriteString("metric", result.Request.Metric);
            json.WriteString("unit", result.Request.Unit);
            JsonFields.Object(json, "culprit", result.Culprit, culprit => WriteCommit(json, culprit));

            json.WriteStartArray("candidates");
            foreach (var candidate in result.Candidates)
            {
                json.WriteStringValue(candidate.Sha);
            }

            json.WriteEndArray();
            WriteChange(json, "change", result.Change);
            WriteEndpoints(json, result.Endpoints);
            WriteVerification(json, result.Verification, result.Request.Metric);
            WriteInstructions(json, result.Instructions);
            ExplanationJson.TimeVsInstructions(json, result);
            WriteWork(json, result.Work);
            ExplanationJson.Profile(json, result.Explanation);
            ExplanationJson.Explanation(json, result.Explanation);
            WriteSteps(json, result.Steps, result.Request.Metric);
            json.WriteNumber("rangeLength", result.RangeLength);
            json.WriteNumber("builds", result.Builds);
            json.WriteNumber("elapsedSeconds", Math.Round(result.Elapsed.TotalSeconds, 3));
            json.WriteNumber("buildSecondsTotal", Math.Round(result.BuildSeconds, 3));
            json.WriteNumber("benchmarkSecondsTotal", Math.Round(result.BenchmarkSeconds, 3));
            json.WriteNumber("samplesTaken", result.SamplesTaken);
            json.WriteNumber("samplesReused", result.SamplesReused);
            json.WriteString("direction", result.Direction == Core.Statistics.Direction.Faster ? "faster" : "slower");
            WriteSearch(json, result.Search);
            JsonFields.Strings(json, "notes", FindingText.Notes(result));
            ExplanationJson.Environment(json, result.Environment);
            ExplanationJson.Commands(json, result.Commands);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRevision(Utf8JsonWriter json, string name, string rev, ResolvedRevision? resolved)
    {
        json.WriteStartObject(name);
        json.WriteString("rev", rev);
        json.WriteString("sha", resolved?.Sha);
        json.WriteEndObject();
    }

    private static void WriteCommit(Utf8JsonWriter json, CommitInfo commit)
    {
        json.WriteString("sha", commit.Sha);
        json.WriteString("subject", commit.Subject);
        json.WriteString("author", commit.Author);
        json.WriteString("date", commit.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    private static void WriteChange(Utf8JsonWriter json, string name, ChangeSummary? change) =>
        JsonFields.Object(json, name, change, c =>
        {
            json.WriteNumber("baselineMedian", c.BaselineMedian);
            json.WriteNumber("regressedMedian", c.RegressedMedian);
            json.WriteNumber("shiftPercent", Math.Round(c.ShiftPercent, 3));
            json.WriteNumber("shiftLowPercent", Math.Round(c.ShiftLowPercent, 3));
            json.WriteNumber("shiftHighPercent", Math.Round(c.ShiftHighPercent, 3));
            json.WriteNumber("pValue", c.PValue);
        });

    private static void WriteEndpoints(Utf8JsonWriter json, EndpointNoise? noise) =>
        JsonFields.Object(json, "endpoints", noise, n =>
        {
            WriteSpread(json, "good", n.Good);
            WriteSpread(json, "bad", n.Bad);
            JsonFields.Optional(json, "detectableShiftPercent", n.DetectableShiftPercent, 3);
            JsonFields.Numbers(json, "goodModes", n.GoodModes);
            JsonFields.Numbers(json, "badModes", n.BadModes);
        });

    private static void WriteSpread(Utf8JsonWriter json, string name, Summary summary)
    {
        json.WriteStartObject(name);
        json.WriteNumber("samples", summary.Count);
        json.WriteNumber("median", summary.Median);
        json.WriteNumber("medianLow", summary.MedianLow);
        json.WriteNumber("medianHigh", summary.MedianHigh);
        json.WriteNumber("min", summary.Min);
        json.WriteNumber("max", summary.Max);
        json.WriteNumber("spreadPercent", Math.Round(EndpointNoise.SpreadPercent(summary), 3));
        json.WriteEndObject();
    }

    private static void WriteInstructions(Utf8JsonWriter json, InstructionEvidence? evidence) =>
        JsonFields.Object(json, "instructions", evidence, e =>
        {
            json.WriteString("metric", e.Metric);
            json.WriteString("finding", ReportNames.Finding(e.Finding));
            json.WriteNumber("changePercent", Math.Round(e.ChangePercent, 4));
            json.WriteNumber("timeShiftPercent", Math.Round(e.TimeShiftPercent, 3));
            json.WriteString("explanation", InstructionText.Explain(e));
            JsonFields.Numbers(json, "parentValues", e.ParentValues);
            JsonFields.Numbers(json, "culpritValues", e.CulpritValues);
        });

    /// <summary>The work search (null when time named a commit that does more work, or there is no counter).</summary>
    private static void WriteWork(Utf8JsonWriter json, WorkSearch? work) =>
        JsonFields.Object(json, "work", work, w =>
        {
            json.WriteString("metric", w.Metric);
            json.WriteString("reason", FindingText.Describe(w.Reason));
            JsonFields.Object(json, "culprit", w.Culprit, culprit => WriteCommit(json, culprit));
            if (w.ChangePercent is { } change)
            {
                json.WriteNumber("changePercent", Math.Round(change, 4));
            }
            else
            {
                json.WriteNull("changePercent");
            }

            JsonFields.Numbers(json, "parentValues", w.ParentValues);
            JsonFields.Numbers(json, "culpritValues", w.CulpritValues);
            JsonFields.Strings(json, "candidates", w.Candidates.Select(c => c.Sha).ToArray());
            json.WriteString("note", w.Note is null ? null : FindingText.Describe(w.Note));
            json.WriteStartArray("steps");
            foreach (var step in w.Steps)
            {
                json.WriteStartObject();
                json.WriteString("sha", step.Commit.Sha);
                json.WriteString("verdict", ReportNames.Verdict(step.Verdict));
                JsonFields.Numbers(json, "values", step.Values);
                json.WriteString("note", step.Note is null ? null : FindingText.Describe(step.Note));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    private static void WriteVerification(Utf8JsonWriter json, Verification? verification, string metric) =>
        JsonFields.Object(json, "verification", verification, v =>
        {
            json.WriteString("sha", v.CommitSha);
            json.WriteString("parentSha", v.ParentSha);
            json.WriteString("metric", metric);
            json.WriteBoolean("confirmed", v.Confirmed);
            WriteChange(json, "change", v.Change);
            JsonFields.Numbers(json, "parentValues", v.ParentValues);
            JsonFields.Numbers(json, "culpritValues", v.CulpritValues);
        });

    private static void WriteSearch(Utf8JsonWriter json, SearchShape? search)
    {
        if (search is null)
        {
            json.WriteNull("search");
            return;
        }

        json.WriteStartObject("search");
        json.WriteString("executor", search.Executor);
        json.WriteNumber("workers", search.Workers);
        json.WriteNumber("rounds", search.Rounds);
        json.WriteNumber("builtAhead", search.BuiltAhead);
        json.WriteNumber("builtAheadUsed", search.BuiltAheadUsed);
        json.WriteEndObject();
    }

    private static void WriteSteps(Utf8JsonWriter json, IReadOnlyList<StepRecord> steps, string metric)
    {
        json.WriteStartArray("steps");
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("sha", step.Commit.Sha);
            json.WriteString("subject", step.Commit.Subject);
            json.WriteString("role", step.Role);
            json.WriteString("verdict", ReportNames.Verdict(step.Verdict));
            json.WriteString("metric", metric);
            json.WriteNumber("samples", step.Samples);
            json.WriteNumber("median", step.Summary?.Median ?? 0);
            json.WriteNumber("medianLow", step.Summary?.MedianLow ?? 0);
            json.WriteNumber("medianHigh", step.Summary?.MedianHigh ?? 0);
            json.WriteNumber("buildSeconds", Math.Round(step.BuildSeconds, 3));
            json.WriteString("buildKind", step.Build?.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("round", step.Round);
            json.WriteString("builtIn", step.Build?.WorktreeDirectory is { Length: > 0 } checkout ? checkout : null);
            json.WriteString("builtOn", step.Build?.Host);
            JsonFields.Strings(json, "measuredOn", step.Load?.Hosts ?? []);
            if (step.Build is { Success: false } failed)
            {
                json.WriteString("buildLog", failed.LogPath);
            }

            if (step.Classification is { } c)
            {
                json.WriteNumber("shiftPercent", Math.Round(c.ShiftPercent, 3));
                json.WriteNumber("pBad", c.PBad);
                json.WriteNumber("pGood", c.PGood);
            }

            json.WriteString("note", step.Note is null ? null : FindingText.Describe(step.Note));
            JsonFields.Numbers(json, "values", step.Values);
            if (step.Load is { } load)
            {
                // What else the machine was doing while this commit was measured.
                json.WriteStartObject("load");
                JsonFields.Optional(json, "otherBusyMedianPercent", load.OtherBusyMedianPercent);
                JsonFields.Optional(json, "otherBusyMaxPercent", load.OtherBusyMaxPercent);
                JsonFields.Optional(json, "loadAverageMax", load.LoadAverageMax);
                // The load by its source: Bisector's own process, the hypervisor's steal, everything else (CPUs' worth).
                JsonFields.Optional(json, "ownCpus", load.OwnCpusMax);
                JsonFields.Optional(json, "stealPercent", load.StealPercentMax);
                JsonFields.Optional(json, "otherCpus", load.OtherBusyMedianPercent / 100);
                json.WriteStartArray("cpus");
                foreach (var cpu in load.Cpus)
                {
                    json.WriteNumberValue(cpu);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
