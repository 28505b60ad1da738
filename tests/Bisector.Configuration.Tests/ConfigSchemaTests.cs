using System.Text.Json;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Json.Schema;

namespace Bisector.Configuration.Tests;

/// <summary>bisect-configs/schema.json (what editors complete and check) and the loader agree on what a config is.</summary>
public sealed class ConfigSchemaTests
{
    private static readonly JsonDocumentOptions s_jsonWithComments = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static string ConfigFolder => Path.Combine(AppContext.BaseDirectory, "bisect-configs");

    private static readonly JsonSchema s_schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(ConfigFolder, "schema.json")));

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json, s_jsonWithComments);
        return s_schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    public static TheoryData<string> RepositoryConfigs() =>
        [.. Directory.EnumerateFiles(ConfigFolder, "*.json").Select(path => Path.GetFileName(path)).Where(name => name != "schema.json").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RepositoryConfigs))]
    public void Every_config_in_the_repository_is_valid_against_the_schema_and_refers_to_it(string file)
    {
        var json = File.ReadAllText(Path.Combine(ConfigFolder, file));

        var results = Validate(json);
        var config = ConfigLoader.Load(Path.Combine(ConfigFolder, file));

        Assert.True(results.IsValid, Errors(results));
        Assert.NotEmpty(config.Benchmarks);
        Assert.Contains("\"$schema\": \"./schema.json\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_its_metrics_are_the_ones_the_loader_takes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConfigFolder, "schema.json")));

        var metrics = schema.RootElement.GetProperty("$defs").GetProperty("metric").GetProperty("enum").EnumerateArray().Select(m => m.GetString()!).ToArray();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(Metric.Names, metrics);
        Assert.Equal(["build", "benchmarks"], schema.RootElement.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void A_config_with_every_field_the_loader_reads_is_valid_for_both()
    {
        const string json = """
            {
              "$schema": "./schema.json",
              "name": "all", "description": "every field", "detect": ["Makefile"],
              "build": { "commands": ["make -j{cores}"], "env": { "CC": "gcc" }, "timeoutSeconds": 60, "artifacts": ["prog"],
                         "clean": ["make clean"], "cleanWhenChanged": ["Makefile"], "ccache": false },
              "benchmarks": {
                "a": { "command": "{artifacts}/prog", "metric": "output", "unit": "ns", "warmup": 0, "timeoutSeconds": 10, "cpu": "none",
                       "instructionCheck": { "command": "{artifacts}/prog 10", "metric": "callgrind", "samples": 2, "timeoutSeconds": 30 } },
                "b": { "command": "{artifacts}/prog", "instructionCheck": false },
                "c": { "command": "{artifacts}/prog 10", "metric": "callgrind", "profileCommand": "{artifacts}/prog 100000" },
              },
              "defaultBenchmark": "b",
              "statistics": { "thresholdPercent": 3, "alpha": 0.01, "stepAlpha": 0.05, "samples": [3, 5, 10], "referenceSamples": [10, 20] }
            }
            """;

        var results = Validate(json);
        var config = ConfigLoader.Parse(json, "all.json");

        Assert.True(results.IsValid, Errors(results));
        Assert.Equal("b", config.DefaultBenchmark);
        Assert.Equal("{artifacts}/prog 100000", config.Benchmark("c").ProfileCommand);
        Assert.Null(config.Benchmark("a").ProfileCommand);
        Assert.Equal((0.01, 0.05), (config.Statistics.Alpha, config.Statistics.ForSteps().Alpha));
    }

    [Theory]
    [InlineData("""{ "benchmarks": { "a": { "command": "x" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] } }""")]
    [InlineData("""{ "build": { "commands": [] }, "benchmarks": { "a": { "command": "x" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "metric": "speed" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "metric": "wall" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "metirc": "callgrind" } } }""")]
    [InlineData("""{ "biuld": { "commands": ["make"] }, "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"], "flags": "-O2" }, "benchmarks": { "a": { "command": "x" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"], "env": { "OPT": 3 } }, "benchmarks": { "a": { "command": "x" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"], "timeoutSeconds": 0 }, "benchmarks": { "a": { "command": "x" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "warmup": -1 } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "instructionCheck": { "metric": "wall-time" } } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "instructionCheck": "yes" } } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } }, "statistics": { "samples": [2, 5] } }""")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } }, "statistics": { "alpha": 0.7 } }""")]
    [InlineData("""{ "name": null, "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } } }""")]
    public void What_the_schema_rejects_the_loader_rejects_too(string json)
    {
        var results = Validate(json);

        Assert.False(results.IsValid);
        Assert.Throws<UsageException>(() => ConfigLoader.Parse(json, "x.json"));
    }
}
