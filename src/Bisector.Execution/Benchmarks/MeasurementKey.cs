using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bisector.Core.Configuration;
using Bisector.Execution.Building;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// What makes two samples of a commit comparable, hashed: the build key (the binary), the benchmark command
/// and the files it reaches through <c>{config}/...</c>, the metric, the tool that measures it here (perf's
/// task-clock and rusage are different clocks) and the CPU pinning. It names the journal file, so samples
/// are reused only under the same key.
/// </summary>
public sealed record MeasurementKey(string ConfigName, string Benchmark, string Metric, string Hash)
{
    /// <summary>How the measuring command is put together; a change that moves the values bumps it, and samples of the
    /// old shape are not reused. Since 2, taskset runs valgrind, so callgrind no longer counts the pinning shell; since 3,
    /// valgrind runs a plain command itself, so the program starts with the shell's few environment variables fewer.</summary>
    private const int CommandShape = 3;

    /// <param name="measuringTool">The metric as measured on this machine: <see cref="CommandBenchmarkRunner.MetricDescription"/>.</param>
    public static MeasurementKey Of(string configName, BuildKey build, BenchmarkSettings benchmark, string measuringTool)
    {
        var metric = benchmark.Metric.Name;
        var inputs = new
        {
            build = build.Hash,
            command = benchmark.Command,
            files = ConfigFiles.Digests([benchmark.Command], benchmark.ConfigDirectory),
            metric,
            tool = measuringTool,
            cpu = benchmark.Cpu,
            shape = CommandShape,
        };
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(inputs))))[..12];
        return new MeasurementKey(configName, benchmark.Name, metric, hash);
    }

    /// <summary>The journal's file name: readable first, then the hash that keeps different measurements apart.</summary>
    public string JournalFileName => $"{ConfigName}-{Benchmark}-{Metric}-{Hash}.jsonl";

    public override string ToString() => Hash;
}
