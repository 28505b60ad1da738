using System.Text.Json;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Configuration;

/// <summary>
/// Reads a bisect config (JSON). Every error names the file, the field and what is wrong, and is a
/// <see cref="UsageException"/>.
/// </summary>
public static class ConfigLoader
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static BisectConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"Config file '{path}' does not exist.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static BisectConfig Parse(string json, string sourcePath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException ex)
        {
            var (line, column) = JsonPositions.Lines(json).FromReader(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            throw new UsageException($"{sourcePath}:{line}:{column}: not valid JSON: {PlainJsonError(ex.Message)}");
        }

        using (document)
        {
            var reader = new ConfigReader(sourcePath, json);
            var root = reader.Object(document.RootElement, JsonPositions.Root);
            reader.KnownFields(root, JsonPositions.Root, s_rootFields);
            var name = reader.OptionalString(root, "name", "name") ?? Path.GetFileNameWithoutExtension(sourcePath);
            _ = reader.OptionalString(root, "$schema", "$schema");
            var configDirectory = Path.GetDirectoryName(Path.GetFullPath(sourcePath)) ?? ".";
            var build = ReadBuild(reader, reader.RequiredObject(root, "build", "build")) with { ConfigDirectory = configDirectory };
            var benchmarks = ReadBenchmarks(reader, reader.RequiredObject(root, "benchmarks", "benchmarks"))
                .ToDictionary(kv => kv.Key, kv => kv.Value with { ConfigDirectory = configDirectory }, StringComparer.Ordinal);
            var defaultBenchmark = reader.OptionalString(root, "defaultBenchmark", "defaultBenchmark") ?? benchmarks.Keys.First();
            if (!benchmarks.ContainsKey(defaultBenchmark))
            {
                throw reader.Error("defaultBenchmark", $"'{defaultBenchmark}' is not one of the benchmarks ({string.Join(", ", benchmarks.Keys)})");
            }

            var statistics = root.TryGetProperty("statistics", out var stats)
                ? ReadStatistics(reader, reader.Object(stats, "statistics"))
                : StatisticsOptions.Default;

            return new BisectConfig(
                name,
                sourcePath,
                reader.OptionalString(root, "description", "description") ?? string.Empty,
                reader.OptionalStringList(root, "detect", "detect") ?? [],
                build,
                benchmarks,
                defaultBenchmark,
                statistics);
        }
    }

    private static BuildSettings ReadBuild(ConfigReader reader, JsonElement build)
    {
        reader.KnownFields(build, "build", "commands", "env", "timeoutSeconds", "artifacts", "clean", "cleanWhenChanged", "ccache", "configureCache");
        var commands = reader.OptionalStringList(build, "commands", "build.commands");
        if (commands is null || commands.Count == 0)
        {
            throw reader.Error("build.commands", "must be a non-empty list of shell commands");
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (build.TryGetProperty("env", out var env))
        {
            foreach (var property in reader.Object(env, "build.env").EnumerateObject())
            {
                environment[property.Name] = reader.String(property.Value, $"build.env.{property.Name}");
            }
        }

        var timeout = reader.OptionalPositiveNumber(build, "timeoutSeconds", "build.timeoutSeconds") ?? 1800;
        return new BuildSettings(
            commands,
            environment,
            TimeSpan.FromSeconds(timeout),
            reader.OptionalStringList(build, "artifacts", "build.artifacts") ?? [],
            reader.OptionalStringList(build, "clean", "build.clean") ?? [],
            reader.OptionalStringList(build, "cleanWhenChanged", "build.cleanWhenChanged") ?? [])
        {
            UseCcache = reader.OptionalBoolean(build, "ccache", "build.ccache") ?? true,
            UseConfigureCache = reader.OptionalBoolean(build, "configureCache", "build.configureCache") ?? true,
        };
    }

    private static Dictionary<string, BenchmarkSettings> ReadBenchmarks(ConfigReader reader, JsonElement benchmarks)
    {
        var result = new Dictionary<string, BenchmarkSettings>(StringComparer.Ordinal);
        foreach (var property in benchmarks.EnumerateObject())
        {
            var field = $"benchmarks.{property.Name}";
            var benchmark = reader.Object(property.Value, field);
            reader.KnownFields(benchmark, field, "command", "metric", "unit", "warmup", "timeoutSeconds", "cpu", "instructionCheck", "profileCommand");
            var command = reader.OptionalString(benchmark, "command", $"{field}.command")
                ?? throw reader.Error($"{field}.command", "is required: the shell command that runs the benchmark");
            var metricText = reader.OptionalString(benchmark, "metric", $"{field}.metric") ?? Metric.WallTime.Name;
            var metric = Metric.Named(metricText)
                ?? throw reader.Error($"{field}.metric", $"'{metricText}' is not a metric; use one of {string.Join(", ", Metric.Names)}");
            var warmup = reader.OptionalNonNegativeInteger(benchmark, "warmup", $"{field}.warmup") ?? 1;
            var timeout = reader.OptionalPositiveNumber(benchmark, "timeoutSeconds", $"{field}.timeoutSeconds") ?? 600;
            result[property.Name] = new BenchmarkSettings(
                property.Name,
                command,
                metric,
                reader.OptionalString(benchmark, "unit", $"{field}.unit") ?? metric.Unit,
                warmup,
                TimeSpan.FromSeconds(timeout),
                reader.OptionalString(benchmark, "cpu", $"{field}.cpu"))
            {
                InstructionCheck = ReadInstructionCheck(reader, benchmark, $"{field}.instructionCheck"),
                ProfileCommand = reader.OptionalString(benchmark, "profileCommand", $"{field}.profileCommand"),
            };
        }

        if (result.Count == 0)
        {
            throw reader.Error("benchmarks", "must name at least one benchmark");
        }

        return result;
    }

    private static InstructionCheckSettings ReadInstructionCheck(ConfigReader reader, JsonElement benchmark, string field)
    {
        if (!benchmark.TryGetProperty("instructionCheck", out var check) || check.ValueKind == JsonValueKind.True)
        {
            return InstructionCheckSettings.Default;
        }

        if (check.ValueKind == JsonValueKind.False)
        {
            return InstructionCheckSettings.Off;
        }

        if (check.ValueKind != JsonValueKind.Object)
        {
            throw reader.Error(field, "must be true, false or an object with command, metric, samples and timeoutSeconds");
        }

        var settings = check;
        reader.KnownFields(settings, field, "command", "metric", "samples", "timeoutSeconds");
        var metricText = reader.OptionalString(settings, "metric", $"{field}.metric");
        var metric = metricText is null ? null : Metric.Named(metricText);
        if (metricText is not null && metric is not { CountsInstructions: true })
        {
            throw reader.Error($"{field}.metric", $"'{metricText}' does not count instructions; use callgrind or instructions");
        }

        var defaults = InstructionCheckSettings.Default;
        var samples = reader.OptionalNonNegativeInteger(settings, "samples", $"{field}.samples") ?? defaults.Samples;
        if (samples < 1)
        {
            throw reader.Error($"{field}.samples", "must be at least 1 (or set instructionCheck to false)");
        }

        var timeout = reader.OptionalPositiveNumber(settings, "timeoutSeconds", $"{field}.timeoutSeconds");
        return new InstructionCheckSettings(
            true,
            reader.OptionalString(settings, "command", $"{field}.command"),
            metric,
            samples,
            timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.Timeout);
    }

    private static StatisticsOptions ReadStatistics(ConfigReader reader, JsonElement stats)
    {
        reader.KnownFields(stats, "statistics", "thresholdPercent", "alpha", "stepAlpha", "samples", "referenceSamples");
        var defaults = StatisticsOptions.Default;
        // The same rules and words as --threshold and the alpha the command line checks.
        var threshold = reader.OptionalNumber(stats, "thresholdPercent", "statistics.thresholdPercent", ValueRules.ThresholdPercent, ValueRules.IsThresholdPercent)
            ?? defaults.ThresholdPercent;
        var alpha = reader.OptionalNumber(stats, "alpha", "statistics.alpha", ValueRules.Alpha, ValueRules.IsAlpha) ?? defaults.Alpha;
        var stepAlpha = reader.OptionalNumber(stats, "stepAlpha", "statistics.stepAlpha", ValueRules.Alpha, ValueRules.IsAlpha) ?? defaults.StepAlpha;

        var samples = reader.OptionalScheduleList(stats, "samples", "statistics.samples") ?? defaults.SampleSchedule;
        var references = reader.OptionalScheduleList(stats, "referenceSamples", "statistics.referenceSamples") ?? defaults.ReferenceSchedule;
        return new StatisticsOptions(threshold, alpha, samples, references) { StepAlpha = stepAlpha };
    }

    private static readonly string[] s_rootFields = ["$schema", "name", "description", "detect", "build", "benchmarks", "defaultBenchmark", "statistics"];

    /// <summary>System.Text.Json's message without the position it appends ("... LineNumber: 9 | BytePositionInLine: 4."): the caller says where.</summary>
    private static string PlainJsonError(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal) is var p and >= 0 ? p : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}
