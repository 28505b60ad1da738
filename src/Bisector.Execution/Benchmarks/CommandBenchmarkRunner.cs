using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks.Toolchains;
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

    private readonly IMetricToolchain _toolchain = MetricToolchains.For(settings.Metric, tools);

    private DateTimeOffset _lastBusyWarning = DateTimeOffset.MinValue;

    public BenchmarkSettings Settings => settings;

    /// <summary>Before each sample, wait (up to ten minutes) until the rest of the machine uses less than a quarter of a CPU.</summary>
    public bool WaitForQuiet { get; init; }

    /// <summary>The metric as it will really be measured here (CPU time says which source).</summary>
    public string MetricDescription => _toolchain.Description;

    /// <summary>Null when this machine can measure the metric, else what to do about it.</summary>
    public string? Unsupported() =>
        _toolchain.Unsupported ?? (settings.Cpu is not null && !tools.Taskset ? "benchmark 'cpu' pinning needs taskset (util-linux)" : null);

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
        var command = _toolchain.Command(settings, build, scratch);

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
                return SampleOutcome.Failure($"exited with code {result.ExitCode}: {LastLines.Of(result.StandardError)}");
            }

            var sample = _toolchain.Read(result, scratch);
            log.Debug("Sample {Value} from {Artifacts}", sample.Success ? sample.Value : (double?)null, build.ArtifactDirectory);
            return sample.Success ? sample with { Conditions = conditions } : sample;
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private void WarnWhenBusy(SampleConditions conditions)
    {
        // An instruction count does not change with load (and counts run side by side): only a timed sample is worth the warning.
        if (!settings.Metric.CountsInstructions
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
