using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bisector.Reporting.Json;

namespace Bisector.Reporting.Nightly;

/// <summary>night.json: what a CI job parses: the night, each benchmark's history and steps, and the alerts.</summary>
public static class NightJson
{
    public static string Render(NightReport night)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", NightReport.SchemaVersion);
            json.WriteString("branch", night.Branch);
            json.WriteString("head", night.HeadSha);
            json.WriteString("started", night.Started);
            json.WriteString("finished", night.Finished);
            json.WriteString("database", night.Database);
            json.WriteNumber("newCommits", night.NewCommits);
            json.WriteNumber("alerts", night.Alerts.Count);
            json.WriteStartArray("benchmarks");
            foreach (var benchmark in night.Benchmarks)
            {
                WriteBenchmark(json, benchmark);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteBenchmark(Utf8JsonWriter json, NightBenchmark benchmark)
    {
        var history = benchmark.History;
        json.WriteStartObject();
        json.WriteString("benchmark", history.Series.Benchmark);
        json.WriteString("metric", history.Series.Metric);
        json.WriteString("unit", history.Unit);
        json.WriteString("measurementKey", history.Series.MeasurementKey);
        json.WriteString("machine", history.Series.Machine);
        JsonFields.Strings(json, "measured", benchmark.Measured);
        JsonFields.Strings(json, "unbuildable", benchmark.Unbuildable);
        json.WriteNumber("samplesTaken", benchmark.SamplesTaken);
        json.WriteNumber("samplesReused", benchmark.SamplesReused);
        json.WriteStartArray("history");
        foreach (var point in history.Points)
        {
            json.WriteStartObject();
            json.WriteString("sha", point.Sha);
            json.WriteNumber("position", point.Position);
            json.WriteNumber("median", point.Median);
            JsonFields.Numbers(json, "samples", point.Values);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("steps");
        foreach (var step in history.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("id", step.Id);
            json.WriteString("before", step.BeforeSha);
            json.WriteString("after", step.AfterSha);
            json.WriteNumber("changePercent", Math.Round(step.ChangePercent, 3));
            json.WriteString("state", step.StateName);
            json.WriteBoolean("foundTonight", step.FoundTonight);
            json.WriteBoolean("alert", step.IsAlert);
            json.WriteString("culprit", step.CulpritSha);
            json.WriteString("report", step.ReportDirectory);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
