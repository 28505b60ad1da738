using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting;

/// <summary>
/// report.json, schema version 1 (the contract in DESIGN.md), plus extra fields: the endpoint noise and the smallest
/// change it allowed to see, the culprit's re-verification and instruction count, each step's deciding metric, raw
/// samples and confidence interval, and notes.
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
            if (result.Culprit is { } culprit)
            {
                json.WriteStartObject("culprit");
                WriteCommit(json, culprit);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("culprit");
            }

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
            WriteSteps(json, result.Steps, result.Request.Metric);
            json.WriteNumber("rangeLength", result.RangeLength);
            json.WriteNumber("builds", result.Builds);
            json.WriteNumber("elapsedSeconds", Math.Round(result.Elapsed.TotalSeconds, 3));
            json.WriteNumber("buildSecondsTotal", Math.Round(result.BuildSeconds, 3));
            json.WriteNumber("benchmarkSecondsTotal", Math.Round(result.BenchmarkSeconds, 3));
            json.WriteNumber("samplesTaken", result.SamplesTaken);
            json.WriteNumber("samplesReused", result.SamplesReused);
            json.WriteString("direction", result.Direction == Core.Statistics.Direction.Faster ? "faster" : "slower");
            json.WriteStartArray("notes");
            foreach (var note in result.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
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

    private static void WriteChange(Utf8JsonWriter json, string name, ChangeSummary? change)
    {
        if (change is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("baselineMedian", change.BaselineMedian);
        json.WriteNumber("regressedMedian", change.RegressedMedian);
        json.WriteNumber("shiftPercent", Math.Round(change.ShiftPercent, 3));
        json.WriteNumber("shiftLowPercent", Math.Round(change.ShiftLowPercent, 3));
        json.WriteNumber("shiftHighPercent", Math.Round(change.ShiftHighPercent, 3));
        json.WriteNumber("pValue", change.PValue);
        json.WriteEndObject();
    }

    private static void WriteEndpoints(Utf8JsonWriter json, EndpointNoise? noise)
    {
        if (noise is null)
        {
            json.WriteNull("endpoints");
            return;
        }

        json.WriteStartObject("endpoints");
        WriteSpread(json, "good", noise.Good);
        WriteSpread(json, "bad", noise.Bad);
        if (noise.DetectableShiftPercent is { } detectable)
        {
            json.WriteNumber("detectableShiftPercent", Math.Round(detectable, 3));
        }
        else
        {
            json.WriteNull("detectableShiftPercent");
        }

        WriteNumbers(json, "goodModes", noise.GoodModes);
        WriteNumbers(json, "badModes", noise.BadModes);
        json.WriteEndObject();
    }

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

    private static void WriteInstructions(Utf8JsonWriter json, InstructionEvidence? evidence)
    {
        if (evidence is null)
        {
            json.WriteNull("instructions");
            return;
        }

        json.WriteStartObject("instructions");
        json.WriteString("metric", evidence.Metric);
        json.WriteString("finding", ReportNames.Finding(evidence.Finding));
        json.WriteNumber("changePercent", Math.Round(evidence.ChangePercent, 4));
        json.WriteNumber("timeShiftPercent", Math.Round(evidence.TimeShiftPercent, 3));
        json.WriteString("explanation", evidence.Explanation);
        WriteNumbers(json, "parentValues", evidence.ParentValues);
        WriteNumbers(json, "culpritValues", evidence.CulpritValues);
        json.WriteEndObject();
    }

    private static void WriteVerification(Utf8JsonWriter json, Verification? verification, string metric)
    {
        if (verification is null)
        {
            json.WriteNull("verification");
            return;
        }

        json.WriteStartObject("verification");
        json.WriteString("parentSha", verification.ParentSha);
        json.WriteString("metric", metric);
        json.WriteBoolean("confirmed", verification.Outcome == EndpointOutcome.Regression);
        WriteChange(json, "change", verification.Change);
        WriteNumbers(json, "parentValues", verification.ParentValues);
        WriteNumbers(json, "culpritValues", verification.CulpritValues);
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

            json.WriteString("note", step.Note);
            WriteNumbers(json, "values", step.Values);
            if (step.Load is { } load)
            {
                // What else the machine was doing while this commit was measured.
                json.WriteStartObject("load");
                WriteOptional(json, "otherBusyMedianPercent", load.OtherBusyMedianPercent);
                WriteOptional(json, "otherBusyMaxPercent", load.OtherBusyMaxPercent);
                WriteOptional(json, "loadAverageMax", load.LoadAverageMax);
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

    private static void WriteNumbers(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
