using System.Text.Json;
using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Reporting.Text;

namespace Bisector.Reporting.Json;

/// <summary>
/// report.json's explanation of a culprit: "profile" (the contract's symbols and machine-code findings, plus how the
/// profiles were taken and each symbol's contribution), "explanation" (the conclusion, the commit, whether the changed
/// source ran, what could not be profiled), "environment", "commands" and "timeVsInstructions".
/// </summary>
internal static class ExplanationJson
{
    /// <summary>Hunks written per function (hunkCount says how many there are).</summary>
    private const int MaxHunks = 20;

    /// <summary>Lines written per hunk, around its most executed change.</summary>
    private const int MaxLinesPerHunk = 100;

    /// <summary>The contract's profile: null without a culprit, or when neither a profile nor the machine code could be had.</summary>
    public static void Profile(Utf8JsonWriter json, Explanation? explanation) =>
        JsonFields.Object(json, "profile", explanation is { Profile: not null } or { MachineCode.Count: > 0 } ? explanation : null, e =>
        {
            var profile = e.Profile;
            var basis = profile?.ContributionBasis == "time" ? profile.Time : profile?.Instructions;
            json.WriteString("tool", ReportNames.ProfileTool(basis ?? profile?.Time ?? profile?.Instructions));
            json.WriteString("timeProfile", profile?.Time);
            json.WriteString("instructionProfile", profile?.Instructions);
            json.WriteString("contributionBasis", profile?.ContributionBasis);
            json.WriteStartArray("symbols");
            foreach (var symbol in profile?.Symbols ?? [])
            {
                json.WriteStartObject();
                json.WriteString("name", symbol.Symbol);
                json.WriteString("object", symbol.Object);
                JsonFields.Optional(json, "parentShare", symbol.ParentShare, 6);
                JsonFields.Optional(json, "culpritShare", symbol.CulpritShare, 6);
                JsonFields.OptionalCount(json, "parentInstructions", symbol.ParentInstructions);
                JsonFields.OptionalCount(json, "culpritInstructions", symbol.CulpritInstructions);
                JsonFields.Optional(json, "instructionChangePercent", symbol.InstructionChangePercent, 3);
                json.WriteNumber("contributionPercent", Math.Round(symbol.ContributionPercent, 3));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("machineCode");
            foreach (var code in e.MachineCode)
            {
                MachineCode(json, code);
            }

            json.WriteEndArray();
        });

    public static void Explanation(Utf8JsonWriter json, Explanation? explanation) =>
        JsonFields.Object(json, "explanation", explanation, e =>
        {
            json.WriteString("conclusion", ConclusionText.Write(e));
            JsonFields.Strings(json, "unavailable", e.Unavailable.Select(ConclusionText.Unavailable).ToArray());
            JsonFields.Object(json, "commit", e.Commit, commit =>
            {
                json.WriteString("sha", commit.Sha);
                json.WriteString("parentSha", commit.ParentSha);
                json.WriteString("message", commit.Message);
                json.WriteStartArray("files");
                foreach (var file in commit.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("path", file.Path);
                    json.WriteNumber("added", file.Added);
                    json.WriteNumber("deleted", file.Deleted);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("patch", commit.Patch);
            });
            JsonFields.Object(json, "source", e.Source, source => Source(json, source));
        });

    /// <summary>The endpoints in time and in instructions, side by side, and whether they agree (the contract's timeVsInstructions).</summary>
    public static void TimeVsInstructions(Utf8JsonWriter json, BisectResult result) =>
        JsonFields.Object(json, "timeVsInstructions", result.TimeVsInstructions, both =>
        {
            json.WriteString("finding", ReportNames.TimeVsInstructions(both));
            json.WriteNumber("timeShiftPercent", Math.Round(both.TimeShiftPercent, 3));
            json.WriteNumber("instructionShiftPercent", Math.Round(both.InstructionShiftPercent, 4));
            JsonFields.Optional(json, "detectableTimeShiftPercent", both.DetectableTimePercent, 3);
            json.WriteString("instructionMetric", both.Instructions.Metric);
            json.WriteNumber("goodInstructions", Summary.Of(both.Instructions.ParentValues).Median);
            json.WriteNumber("badInstructions", Summary.Of(both.Instructions.CulpritValues).Median);
            json.WriteString("explanation", InstructionText.Explain(both, result.Request.GoodRev, result.Request.BadRev));
        });

    public static void Environment(Utf8JsonWriter json, RunEnvironment? environment) =>
        JsonFields.Object(json, "environment", environment, e =>
        {
            json.WriteString("cpu", e.Cpu);
            json.WriteNumber("cores", e.Cores);
            json.WriteString("kernel", e.Kernel);
            json.WriteString("compiler", e.Compiler);
            json.WriteString("bisectorVersion", e.BisectorVersion);
            json.WriteString("perf", e.Perf);
            json.WriteString("valgrind", e.Valgrind);
            JsonFields.Strings(json, "flags", e.Flags);
            json.WriteString("load", e.Load);
        });

    public static void Commands(Utf8JsonWriter json, ReproduceCommands? commands) =>
        JsonFields.Object(json, "commands", commands, c =>
        {
            json.WriteString("reproduce", c.Reproduce);
            JsonFields.Strings(json, "build", c.Build);
            json.WriteString("benchmark", c.Benchmark);
        });

    private static void MachineCode(Utf8JsonWriter json, MachineCodeComparison code)
    {
        json.WriteStartObject();
        json.WriteString("symbol", code.Symbol);
        json.WriteString("finding", ReportNames.CodeFinding(code.Finding));
        json.WriteNumber("parentInstructions", code.ParentInstructions);
        json.WriteNumber("culpritInstructions", code.CulpritInstructions);
        json.WriteNumber("parentAddress", code.ParentAddress);
        json.WriteNumber("culpritAddress", code.CulpritAddress);
        json.WriteNumber("parentSize", code.ParentSize);
        json.WriteNumber("culpritSize", code.CulpritSize);
        json.WriteNumber("registersChanged", code.RegistersChanged);
        json.WriteNumber("hunkCount", code.Hunks.Count);
        json.WriteStartArray("shapes");
        foreach (var shape in code.Shapes)
        {
            json.WriteStartObject();
            json.WriteString("shape", shape.Shape);
            json.WriteNumber("parentCount", shape.ParentCount);
            json.WriteNumber("culpritCount", shape.CulpritCount);
            json.WriteNumber("parentExecutions", shape.ParentExecutions);
            json.WriteNumber("culpritExecutions", shape.CulpritExecutions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("hunks");
        foreach (var (_, hunk) in code.Hottest(MaxHunks))
        {
            json.WriteStartArray();
            foreach (var line in hunk.Window(MaxLinesPerHunk).Lines)
            {
                json.WriteStartObject();
                json.WriteString("kind", line.Kind switch { '+' => "added", '-' => "removed", '~' => "registers", _ => "same" });
                Instruction(json, "parent", line.Parent);
                Instruction(json, "culprit", line.Culprit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Instruction(Utf8JsonWriter json, string name, Instruction? instruction) =>
        JsonFields.Object(json, name, instruction, i =>
        {
            json.WriteNumber("offset", i.Offset);
            json.WriteString("text", i.Text);
            json.WriteString("source", i.Source);
            JsonFields.OptionalCount(json, "executions", i.Executions);
            JsonFields.Optional(json, "sampleShare", i.SampleShare, 4);
        });

    private static void Source(Utf8JsonWriter json, SourceExecution source)
    {
        json.WriteStartArray("changes");
        foreach (var change in source.Changes)
        {
            json.WriteStartObject();
            json.WriteString("file", change.File);
            json.WriteString("function", change.Function);
            json.WriteString("macro", change.Macro);
            json.WriteStartArray("lines");
            foreach (var line in change.Lines)
            {
                json.WriteNumberValue(line);
            }

            json.WriteEndArray();
            json.WriteBoolean("runs", change.Runs);
            json.WriteNumber("parentInstructions", change.ParentInstructions);
            json.WriteNumber("culpritInstructions", change.CulpritInstructions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("lines");
        foreach (var line in source.Lines)
        {
            json.WriteStartObject();
            json.WriteString("file", line.File);
            json.WriteNumber("line", line.Line);
            json.WriteString("function", line.Function);
            json.WriteNumber("parentInstructions", line.ParentInstructions);
            json.WriteNumber("culpritInstructions", line.CulpritInstructions);
            json.WriteNumber("delta", line.Delta);
            json.WriteBoolean("sourceChanged", line.SourceChanged);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
