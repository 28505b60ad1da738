using System.Globalization;
using Bisector.Configuration;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Processes;
using Serilog;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// Runs a benchmark command as its own process (optionally pinned with taskset) and measures the configured
/// metric: wall time, CPU time (perf task-clock, or rusage through GNU time), hardware instructions,
/// callgrind instructions, or the number the benchmark prints.
/// </summary>
public sealed class CommandBenchmarkRunner(BenchmarkSettings settings, IProcessRunner processes, MachineTools tools, string scratchDirectory, ILogger log) : IBenchmarkRunner
{
    private static readonly IReadOnlyDictionary<string, string> s_noEnvironment = new Dictionary<string, string>();

    private DateTimeOffset _lastBusyWarning = DateTimeOffset.MinValue;

    public BenchmarkSettings Settings => settings;

    /// <summary>Before each sample, wait (up to ten minutes) until the rest of the machine uses less than a quarter of a CPU.</summary>
    public bool WaitForQuiet { get; init; }

    /// <summary>The metric as it will really be measured here (CPU time says which source).</summary>
    public string MetricDescription => settings.Metric switch
    {
        MetricKind.CpuTime when tools.PerfTaskClock => "cpu-time (perf task-clock)",
        MetricKind.CpuTime => "cpu-time (rusage)",
        _ => ConfigLoader.MetricName(settings.Metric),
    };

    /// <summary>Null when this machine can measure the metric, else what to do about it.</summary>
    public string? Unsupported() => settings.Metric switch
    {
        MetricKind.CpuTime when !tools.PerfTaskClock && !tools.GnuTime => "cpu-time needs perf (linux-perf) or GNU time (/usr/bin/time): install one, or use wall-time",
        MetricKind.Instructions when !tools.PerfInstructions => "perf cannot count hardware instructions on this machine (common in VMs): use the callgrind metric instead",
        MetricKind.Callgrind when !tools.Valgrind => "the callgrind metric needs valgrind: apt-get install valgrind",
        _ when settings.Cpu is not null && !tools.Taskset => "benchmark 'cpu' pinning needs taskset (util-linux)",
        _ => null,
    };

    public async Task WarmUpAsync(BuildOutcome build, CancellationToken cancellationToken)
    {
        for (var i = 0; i < settings.Warmup; i++)
        {
            var command = BenchmarkCommand.For(settings, build);
            await processes.RunAsync(command, build.ArtifactDirectory, s_noEnvironment, settings.Timeout, null, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<SampleOutcome> MeasureAsync(BuildOutcome build, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(scratchDirectory);
        var scratch = Path.Combine(scratchDirectory, $"sample-{Guid.NewGuid():N}");
        var inner = BenchmarkCommand.For(settings, build);
        var command = settings.Metric switch
        {
            MetricKind.WallTime or MetricKind.Output => inner,
            MetricKind.CpuTime when tools.PerfTaskClock => $"perf stat -x, -o {Shell.Quote(scratch)} -e task-clock -- bash -c {Shell.Quote(inner)}",
            MetricKind.CpuTime => $"/usr/bin/time -f '%U %S' -o {Shell.Quote(scratch)} bash -c {Shell.Quote(inner)}",
            MetricKind.Instructions => $"perf stat -x, -o {Shell.Quote(scratch)} -e instructions:u -- bash -c {Shell.Quote(inner)}",
            MetricKind.Callgrind => $"mkdir -p {Shell.Quote(scratch)} && " +
                BenchmarkCommand.Wrapped(settings, build, $"valgrind --tool=callgrind --trace-children=yes --callgrind-out-file={Shell.Quote(scratch)}/cg.%p"),
            _ => throw new ArgumentOutOfRangeException(nameof(build), settings.Metric, "Unknown metric."),
        };

        if (WaitForQuiet)
        {
            await WaitForQuietAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var load = new MachineLoad();
            var result = await processes.RunAsync(command, build.ArtifactDirectory, s_noEnvironment, settings.Timeout, null, cancellationToken).ConfigureAwait(false);
            var conditions = load.Finish(BenchmarkCommand.PinnedCpu(settings)) with { Host = result.Host };
            WarnWhenBusy(conditions);
            if (result.TimedOut)
            {
                return SampleOutcome.Failure($"timed out after {settings.Timeout.TotalSeconds:0} s");
            }

            if (result.ExitCode != 0)
            {
                return SampleOutcome.Failure($"exited with code {result.ExitCode}: {LastLines(result.StandardError)}");
            }

            var value = Read(result, scratch, out var problem);
            log.Debug("Sample {Value} from {Artifacts}", value, build.ArtifactDirectory);
            return value is { } v ? SampleOutcome.Of(v) with { Conditions = conditions } : SampleOutcome.Failure(problem ?? "no value");
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private double? Read(ProcessResult result, string scratch, out string? problem)
    {
        problem = null;
        switch (settings.Metric)
        {
            case MetricKind.WallTime:
                return result.Duration.TotalSeconds;
            case MetricKind.Output:
                var printed = OutputParser.Parse(result.StandardOutput);
                problem = printed is null ? $"the benchmark printed no number on stdout (last lines: {LastLines(result.StandardOutput)})" : null;
                return printed;
            case MetricKind.CpuTime when tools.PerfTaskClock:
            case MetricKind.Instructions:
                var (value, perfProblem) = PerfStatParser.Read(File.ReadAllText(scratch), settings.Metric == MetricKind.CpuTime ? "task-clock" : "instructions");
                problem = perfProblem;
                return value;
            case MetricKind.CpuTime:
                var parts = File.ReadAllText(scratch).Trim().Split('\n')[^1].Split(' ');
                return parts.Sum(p => double.Parse(p, CultureInfo.InvariantCulture)) * 1000;
            case MetricKind.Callgrind:
                var totals = Directory.EnumerateFiles(scratch, "cg.*").Select(f => CallgrindParser.TotalInstructions(File.ReadAllText(f)) ?? 0).Sum();
                problem = totals == 0 ? "callgrind wrote no instruction totals" : null;
                return totals == 0 ? null : totals;
            default:
                return null;
        }
    }

    private void WarnWhenBusy(SampleConditions conditions)
    {
        // An instruction count does not change with load (and counts run side by side): only a timed sample is worth the warning.
        if (settings.Metric is not (MetricKind.Instructions or MetricKind.Callgrind)
            && BusySource.Describe(conditions) is { } source && DateTimeOffset.UtcNow - _lastBusyWarning > TimeSpan.FromSeconds(30))
        {
            _lastBusyWarning = DateTimeOffset.UtcNow;
            log.Warning(
                "The machine is busy during the last sample: {Source}. Verdicts compare runs taken back to back, " +
                "but a quiet machine gives sharper ones (--wait-for-quiet pauses until it is)", source);
            if (Machine.MachinePointer.First())
            {
                log.Warning(Machine.MachinePointer.Line);
            }
        }
    }

    private async Task WaitForQuietAsync(CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        var said = false;
        while (waited < TimeSpan.FromMinutes(10))
        {
            var busy = await MachineLoad.OthersBusyPercentAsync(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            if (busy is null or < 25)
            {
                return;
            }

            if (!said)
            {
                log.Warning("Waiting for a quiet machine: other processes use {Percent:0}% of a CPU (--wait-for-quiet)", busy);
                said = true;
            }

            waited += TimeSpan.FromMilliseconds(500);
        }

        log.Warning("The machine stayed busy for 10 minutes: measuring anyway");
    }

    private static string LastLines(string text)
    {
        var lines = text.Trim().Split('\n');
        return string.Join(" | ", lines.Skip(Math.Max(0, lines.Length - 3)));
    }

    private static void TryDelete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
