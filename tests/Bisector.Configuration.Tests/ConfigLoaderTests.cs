using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Configuration.Tests;

public sealed class ConfigLoaderTests
{
    private const string Minimal = """
        { "build": { "commands": ["make"] },
          "benchmarks": { "add_local": { "command": "./bench" } } }
        """;

    [Fact]
    public void The_shipped_sample_config_loads_with_its_benchmarks_and_statistics()
    {
        var config = ConfigLoader.Load(Path.Combine(AppContext.BaseDirectory, "bisect-configs", "sample-minivm.json"));

        Assert.Equal("sample-minivm", config.Name);
        Assert.Equal("add_local", config.DefaultBenchmark);
        Assert.Equal(Metric.Output, config.Benchmark(null).Metric);
        Assert.Equal(Metric.Callgrind, config.Benchmark("add_local_instructions").Metric);
        Assert.Equal([3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 32, 40], config.Statistics.SampleSchedule);
        Assert.Contains("Makefile", config.Build.CleanWhenChanged);
    }

    [Fact]
    public void Defaults_fill_what_a_minimal_config_leaves_out()
    {
        var config = ConfigLoader.Parse(Minimal, "min.json");

        Assert.Equal("min", config.Name);
        Assert.Equal(Metric.WallTime, config.Benchmark("add_local").Metric);
        Assert.Equal(StatisticsOptions.Default, config.Statistics);
        Assert.Equal(TimeSpan.FromMinutes(30), config.Build.Timeout);
        Assert.Equal(InstructionCheckSettings.Default, config.Benchmark("add_local").InstructionCheck);
    }

    [Fact]
    public void The_instruction_check_can_be_turned_off_or_given_its_own_command()
    {
        var off = ConfigLoader.Parse(Minimal.Replace("\"./bench\"", "\"./bench\", \"instructionCheck\": false", StringComparison.Ordinal), "x.json");
        var own = ConfigLoader.Parse(
            Minimal.Replace("\"./bench\"", "\"./bench 1000000\", \"instructionCheck\": { \"command\": \"./bench 1000\", \"metric\": \"callgrind\", \"samples\": 3 }", StringComparison.Ordinal),
            "x.json");

        Assert.False(off.Benchmark("add_local").InstructionCheck.Enabled);
        Assert.Equal(new InstructionCheckSettings(true, "./bench 1000", Metric.Callgrind, 3, TimeSpan.FromMinutes(30)), own.Benchmark("add_local").InstructionCheck);
    }

    [Theory]
    [InlineData("""{ "benchmarks": { "a": { "command": "x" } } }""", "x.json:1:1: build: is required")]
    [InlineData("""{ "build": { "commands": [] }, "benchmarks": { "a": { "command": "x" } } }""", "x.json:1:14: build.commands: must be a non-empty list")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "metric": "speed" } } }""", "x.json:1:77: benchmarks.a.metric: 'speed' is not a metric")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { } } }""", "x.json:1:54: benchmarks.a.command: is required")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } }, "defaultBenchmark": "b" }""", "x.json:1:81: defaultBenchmark: 'b' is not one of the benchmarks (a)")]
    [InlineData("""{ "build": { "commands": ["make"], "timeoutSeconds": -1 }, "benchmarks": { "a": { "command": "x" } } }""", "x.json:1:36: build.timeoutSeconds: must be a positive number, not -1")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } }, "statistics": { "samples": [10, 5] } }""", "x.json:1:97: statistics.samples: must be increasing")]
    [InlineData("""{ "build": { "commands": ["make"], "env": { "OPT": 3 } }, "benchmarks": { "a": { "command": "x" } } }""", "x.json:1:45: build.env.OPT: must be a string, not 3")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "instructionCheck": { "metric": "wall-time" } } } }""", "x.json:1:99: benchmarks.a.instructionCheck.metric: 'wall-time' does not count instructions")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "instructionCheck": "yes" } } }""", "x.json:1:77: benchmarks.a.instructionCheck: must be true, false or an object")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "profileCommand": 3 } } }""", "x.json:1:77: benchmarks.a.profileCommand: must be a string, not 3")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } }, "statistics": { "thresholdPercent": -3 } }""", "x.json:1:97: statistics.thresholdPercent: must be a positive number of percent, e.g. 5, not -3.")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } }, "statistics": { "alpha": 7 } }""", "x.json:1:97: statistics.alpha: must be a false-positive rate above 0 and below 0.5, e.g. 0.001, not 7.")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } }, "statistics": { "stepAlpha": 0 } }""", "x.json:1:97: statistics.stepAlpha: must be a false-positive rate above 0 and below 0.5, e.g. 0.001, not 0.")]
    public void A_config_error_names_the_file_the_field_and_the_problem(string json, string expected)
    {
        var error = Assert.Throws<UsageException>(() => ConfigLoader.Parse(json, "x.json"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_reported_once_with_its_line_and_column_in_plain_words()
    {
        var error = Assert.Throws<UsageException>(() => ConfigLoader.Parse("{\n  // a comment, then a value that is not JSON\n  \"build\": {\n    \"commands\": oops\n}", "broken.json"));

        Assert.Equal("broken.json:4:17: not valid JSON: 'o' is an invalid start of a value.", error.Message);
    }

    [Fact]
    public void A_field_error_in_a_file_of_several_lines_points_at_the_field()
    {
        const string json = """
            {
              // the sample's benchmark
              "build": { "commands": ["make"] },
              "benchmarks": {
                "add_local": {
                  "command": "./bench",
                  "warmup": -1
                }
              }
            }
            """;

        var error = Assert.Throws<UsageException>(() => ConfigLoader.Parse(json, "x.json"));

        Assert.Equal("x.json:7:7: benchmarks.add_local.warmup: must be a whole number of at least 0, not -1.", error.Message);
    }

    [Theory]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "metirc": "callgrind" } } }""", "x.json:1:77: benchmarks.a.metirc: is not a field here; the fields of benchmarks.a are command, metric,")]
    [InlineData("""{ "biuld": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } } }""", "x.json:1:3: biuld: is not a field here; the fields of a config are name, description,")]
    [InlineData("""{ "build": { "commands": ["make"], "flags": "-O2" }, "benchmarks": { "a": { "command": "x" } } }""", "x.json:1:36: build.flags: is not a field here")]
    [InlineData("""{ "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x", "metric": "wall" } } }""", "x.json:1:77: benchmarks.a.metric: 'wall' is not a metric; use one of wall-time, cpu-time, instructions, callgrind, output")]
    [InlineData("""{ "name": null, "build": { "commands": ["make"] }, "benchmarks": { "a": { "command": "x" } } }""", "x.json:1:3: name: must be a string, not null")]
    public void A_misspelt_field_or_a_value_the_schema_does_not_allow_is_an_error_not_ignored(string json, string expected)
    {
        var error = Assert.Throws<UsageException>(() => ConfigLoader.Parse(json, "x.json"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_reference_is_allowed()
    {
        var config = ConfigLoader.Parse(Minimal.Replace("{ \"build\"", "{ \"$schema\": \"./schema.json\", \"build\"", StringComparison.Ordinal), "x.json");

        Assert.Equal("x", config.Name);
    }

    [Fact]
    public void A_missing_config_file_is_a_usage_error_naming_the_path()
    {
        var error = Assert.Throws<UsageException>(() => ConfigLoader.Load("/nonexistent/bisect.json"));

        Assert.Contains("/nonexistent/bisect.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_an_unknown_benchmark_lists_the_ones_there_are()
    {
        var config = ConfigLoader.Parse(Minimal, "min.json");

        var error = Assert.Throws<UsageException>(() => config.Benchmark("nope"));

        var unknown = Assert.IsType<Core.Failures.UnknownBenchmark>(error.Failure);
        Assert.Equal(("nope", "min.json"), (unknown.Name, Path.GetFileName(unknown.ConfigPath)));
        Assert.Contains("add_local", unknown.Known);
    }
}
