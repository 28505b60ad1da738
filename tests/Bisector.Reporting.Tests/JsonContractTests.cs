using System.Text.Json;

namespace Bisector.Reporting.Tests;

/// <summary>The report.json fields that checks outside the code rely on (docs/contracts.md), with their types.</summary>
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
        Assert.Equal(new string('a', 40), culprit.GetProperty("sha").GetString());
        foreach (var field in new[] { "subject", "author", "date" })
        {
            Assert.Equal(JsonValueKind.String, culprit.GetProperty(field).ValueKind);
        }

        Assert.Equal([new string('a', 40)], json.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
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
    public void A_culprit_report_has_the_contract_profile_with_symbols_most_regressed_first_and_machine_code_findings()
    {
        var profile = Render(SampleResults.CulpritFound()).GetProperty("profile");

        Assert.Contains(profile.GetProperty("tool").GetString(), new[] { "perf", "callgrind" });
        var symbols = profile.GetProperty("symbols").EnumerateArray().ToArray();
        Assert.Equal(["threadstate_get", "eval_code", "int_from_long", "main"], symbols.Select(s => s.GetProperty("name").GetString()));
        foreach (var symbol in symbols)
        {
            Assert.Equal(JsonValueKind.Number, symbol.GetProperty("parentShare").ValueKind);
            Assert.Equal(JsonValueKind.Number, symbol.GetProperty("culpritShare").ValueKind);
            Assert.True(symbol.GetProperty("parentInstructions").TryGetInt64(out _));
            Assert.True(symbol.GetProperty("culpritInstructions").TryGetInt64(out _));
        }

        Assert.Equal(0.25, symbols[0].GetProperty("culpritShare").GetDouble());
        Assert.Equal(10_000_000, symbols[0].GetProperty("culpritInstructions").GetInt64());
        var code = profile.GetProperty("machineCode").EnumerateArray().ToArray();
        Assert.Equal(["changed", "changed", "moved", "identical"], code.Select(c => c.GetProperty("finding").GetString()));
        Assert.Equal("eval_code", code[0].GetProperty("symbol").GetString());
        Assert.Equal((296, 297), (code[0].GetProperty("parentInstructions").GetInt32(), code[0].GetProperty("culpritInstructions").GetInt32()));
    }

    [Fact]
    public void A_culprit_report_has_the_contract_environment_commands_and_time_against_instructions()
    {
        var json = Render(SampleResults.CulpritFound());

        var environment = json.GetProperty("environment");
        foreach (var field in new[] { "cpu", "kernel", "compiler", "bisectorVersion" })
        {
            Assert.Equal(JsonValueKind.String, environment.GetProperty(field).ValueKind);
        }

        var commands = json.GetProperty("commands");
        Assert.StartsWith("bisector run ", commands.GetProperty("reproduce").GetString(), StringComparison.Ordinal);
        Assert.All(commands.GetProperty("build").EnumerateArray(), b => Assert.Equal(JsonValueKind.String, b.ValueKind));
        Assert.Equal(JsonValueKind.String, commands.GetProperty("benchmark").ValueKind);
        var both = json.GetProperty("timeVsInstructions");
        Assert.Equal("agree", both.GetProperty("finding").GetString());
        Assert.Equal(51.2, both.GetProperty("timeShiftPercent").GetDouble());
        Assert.Equal(20.83, both.GetProperty("instructionShiftPercent").GetDouble());
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void A_culprit_that_could_not_be_profiled_has_a_null_profile_and_says_why()
    {
        var json = Render(SampleResults.CulpritUnprofiled());

        Assert.Equal(JsonValueKind.Null, json.GetProperty("profile").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("timeVsInstructions").ValueKind);
        Assert.Equal(2, json.GetProperty("explanation").GetProperty("unavailable").GetArrayLength());
    }

    [Fact]
    public void A_no_regression_report_has_a_null_culprit_and_no_candidates()
    {
        var json = Render(SampleResults.NoRegression());

        Assert.Equal("no-regression", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("culprit").ValueKind);
        Assert.Empty(json.GetProperty("candidates").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("profile").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("timeVsInstructions").ValueKind);
    }

    [Fact]
    public void An_inconclusive_time_with_more_instructions_says_instructions_only_with_both_figures()
    {
        var json = Render(SampleResults.Inconclusive());

        var both = json.GetProperty("timeVsInstructions");
        Assert.Equal("instructions-only", both.GetProperty("finding").GetString());
        Assert.Equal(3.9, both.GetProperty("timeShiftPercent").GetDouble());
        Assert.Equal(8.8, both.GetProperty("instructionShiftPercent").GetDouble());
        Assert.Equal(57_643_181, both.GetProperty("goodInstructions").GetDouble());
        Assert.Equal(62_716_122, both.GetProperty("badInstructions").GetDouble());
    }

    [Fact]
    public void A_compare_over_layouts_reads_the_layouts_verdict_in_compared_while_change_stays_the_default_builds()
    {
        var placement = Render(SampleLayouts.ComparedOverLayouts());
        var hidden = Render(SampleLayouts.ComparedHiddenByPlacement());
        var plain = Render(SampleResults.Compared());

        var compared = placement.GetProperty("compared");
        Assert.Equal(("layouts", "no-change", "placement", false, "slower"), (
            compared.GetProperty("basis").GetString(), compared.GetProperty("outcome").GetString(), compared.GetProperty("layoutFinding").GetString(),
            compared.GetProperty("hiddenByPlacement").GetBoolean(), compared.GetProperty("defaultOutcome").GetString()));
        Assert.Equal(-0.6, compared.GetProperty("shiftPercent").GetDouble());
        Assert.Equal(9.5, placement.GetProperty("change").GetProperty("shiftPercent").GetDouble());
        Assert.Equal(("slower", true, "no-change"), (
            hidden.GetProperty("compared").GetProperty("outcome").GetString(), hidden.GetProperty("compared").GetProperty("hiddenByPlacement").GetBoolean(),
            hidden.GetProperty("compared").GetProperty("defaultOutcome").GetString()));
        Assert.Equal(("default-builds", JsonValueKind.Null), (plain.GetProperty("compared").GetProperty("basis").GetString(), plain.GetProperty("compared").GetProperty("layoutFinding").ValueKind));
        Assert.False(Render(SampleResults.CulpritFound()).TryGetProperty("compared", out _), "only compare writes compared");
    }
}
