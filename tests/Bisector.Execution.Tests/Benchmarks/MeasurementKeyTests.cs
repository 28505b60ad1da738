using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Building;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Benchmarks;

public sealed class MeasurementKeyTests : IDisposable
{
    private readonly TempDirectory _config = new();
    private readonly BuildKey _build = new("0123456789ab");

    public MeasurementKeyTests() => File.WriteAllText(_config.Combine("bench.py"), "print(1)\n");

    private BenchmarkSettings Benchmark() =>
        new("add_local", "{artifacts}/python {config}/bench.py add_local", Metric.CpuTime, "ms", 1, TimeSpan.FromMinutes(1), null) { ConfigDirectory = _config.Path };

    [Fact]
    public void The_journal_file_is_named_readably_and_the_same_measurement_gives_the_same_file()
    {
        var key = MeasurementKey.Of("cpython", _build, Benchmark(), "cpu-time (perf task-clock)");

        Assert.Matches("^cpython-add_local-cpu-time-[0-9a-f]{12}.jsonl$", key.JournalFileName);
        Assert.Equal(key, MeasurementKey.Of("cpython", _build, Benchmark() with { Warmup = 3, Timeout = TimeSpan.FromHours(1) }, "cpu-time (perf task-clock)"));
    }

    [Fact]
    public void Another_build_command_metric_measuring_tool_pinning_or_benchmark_script_is_another_journal()
    {
        var original = MeasurementKey.Of("cpython", _build, Benchmark(), "cpu-time (perf task-clock)");
        var changed = new List<MeasurementKey>
        {
            MeasurementKey.Of("cpython", new BuildKey("ba9876543210"), Benchmark(), "cpu-time (perf task-clock)"),
            MeasurementKey.Of("cpython", _build, Benchmark() with { Command = "{artifacts}/python {config}/bench.py add_local 2000" }, "cpu-time (perf task-clock)"),
            MeasurementKey.Of("cpython", _build, Benchmark() with { Metric = Metric.WallTime }, "wall-time"),
            MeasurementKey.Of("cpython", _build, Benchmark(), "cpu-time (rusage)"),
            MeasurementKey.Of("cpython", _build, Benchmark() with { Cpu = "1" }, "cpu-time (perf task-clock)"),
        };
        File.AppendAllText(_config.Combine("bench.py"), "print(2)\n");
        changed.Add(MeasurementKey.Of("cpython", _build, Benchmark(), "cpu-time (perf task-clock)"));

        Assert.Equal(changed.Count + 1, changed.Append(original).Select(k => k.JournalFileName).Distinct().Count());
    }

    public void Dispose() => _config.Dispose();
}
