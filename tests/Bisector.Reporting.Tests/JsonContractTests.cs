using System.Text.Json;

namespace Bisector.Reporting.Tests;

/// <summary>The report.json fields that checks outside the code rely on (DESIGN.md), with their types.</summary>
public sealed class JsonContractTests
{
    private static JsonElement Render(Core.Session.BisectResult result) => JsonDocument.Parse(JsonReportWriter.Render(result)).RootElement;

    [Fact]
    public void A_culprit_report_has_every_contract_field_with_its_type()
    {
        var json = Render(SampleResults.CulpritFound());

        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("culprit-found", json.GetProperty("status").GetString());
        Assert.Equal("v1.0", json.GetProperty("good").GetProperty("rev").GetString());
        Assert.Matches("^[0-9a-f]{40}$", json.GetProperty("bad").GetProperty("sha").GetString());
        Assert.Equal("add_local", json.GetProperty("benchmark").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("metric").ValueKind);
        Assert.Equal("ns/addition", json.GetProperty("unit").GetString());
        var culprit = json.GetProperty("culprit");
        Assert.Equal(new string('7', 40), culprit.GetProperty("sha").GetString());
        foreach (var field in new[] { "subject", "author", "date" })
        {
            Assert.Equal(JsonValueKind.String, culprit.GetProperty(field).ValueKind);
        }

        Assert.Equal([new string('7', 40)], json.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        foreach (var field in new[] { "baselineMedian", "regressedMedian", "shiftPercent", "pValue" })
        {
            Assert.Equal(JsonValueKind.Number, json.GetProperty("change").GetProperty(field).ValueKind);
        }

        foreach (var step in json.GetProperty("steps").EnumerateArray())
        {
            Assert.Matches("^[0-9a-f]{40}$", step.GetProperty("sha").GetString());
            Assert.Contains(step.GetProperty("verdict").GetString(), new[] { "good", "bad", "skip", "unknown" });
            Assert.Equal(JsonValueKind.Number, step.GetProperty("samples").ValueKind);
            Assert.Equal(JsonValueKind.Number, step.GetProperty("median").ValueKind);
            Assert.Equal(JsonValueKind.Number, step.GetProperty("buildSeconds").ValueKind);
        }

        Assert.Equal(6, json.GetProperty("builds").GetInt32());
        Assert.Equal(12.5, json.GetProperty("elapsedSeconds").GetDouble());
    }

    [Fact]
    public void A_no_regression_report_has_a_null_culprit_and_no_candidates()
    {
        var json = Render(SampleResults.NoRegression());

        Assert.Equal("no-regression", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("culprit").ValueKind);
        Assert.Empty(json.GetProperty("candidates").EnumerateArray());
    }
}
