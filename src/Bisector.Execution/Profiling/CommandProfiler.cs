using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;
using Serilog;

namespace Bisector.Execution.Profiling;

/// <summary>
/// Profiles a build running its benchmark, with the same command line and CPU pinning as the measurements
/// (<see cref="BenchmarkCommand"/>): perf record for time, callgrind for instructions, objdump for machine code.
/// Each call works in a folder of its own under the scratch directory and deletes it afterwards.
/// </summary>
public sealed partial class CommandProfiler(BenchmarkSettings settings, ProcessRunner processes, MachineTools tools, string scratchDirectory, ILogger log) : IProfiler
{
    private static readonly IReadOnlyDictionary<string, string> s_noEnvironment = new Dictionary<string, string>();
    private static readonly TimeSpan s_toolTimeout = TimeSpan.FromMinutes(2);

    private readonly int _frequency = 999;
    private readonly int _targetSamples = 1000;
    private readonly int _maxRuns = 20;

    /// <summary>perf's sampling frequency in Hz (perf record -F): 999 takes about one sample per millisecond of CPU.</summary>
    public int Frequency
    {
        get => _frequency;
        init => _frequency = Positive(value);
    }

    /// <summary>perf record runs the benchmark again until this many samples are summed (shares of few samples are noise)...</summary>
    public int TargetSamples
    {
        get => _targetSamples;
        init => _targetSamples = Positive(value);
    }

    /// <summary>...or until it ran this many times.</summary>
    public int MaxRuns
    {
        get => _maxRuns;
        init => _maxRuns = Positive(value);
    }

    /// <summary>The perf executable (a name on PATH or a path).</summary>
    public string Perf { get; init; } = "perf";

    /// <summary>A folder of its own for one profiling step, deleted by <see cref="DeleteScratch"/>.</summary>
    private string NewScratch(string kind)
    {
        var folder = Path.Combine(scratchDirectory, $"{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void DeleteScratch(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<ProcessResult> RunAsync(string command, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken) =>
        processes.RunAsync(command, workingDirectory, s_noEnvironment, timeout, null, cancellationToken);

    /// <summary>Null when the benchmark's command can run here, else why not.</summary>
    private string? CannotRunBenchmark() =>
        settings.Cpu is not null && !tools.Taskset ? "benchmark 'cpu' pinning needs taskset (util-linux)" : null;

    /// <summary>Why a run under a profiler failed, as a value: a benchmark that crashes or hangs is a normal outcome.</summary>
    private static string Failed(string tool, ProcessResult result, TimeSpan timeout) => result.TimedOut
        ? $"the benchmark timed out under {tool} after {timeout.TotalSeconds:0} s"
        : $"the benchmark exited with code {result.ExitCode} under {tool}: {LastLines(result.StandardError)}";

    private static string LastLines(string text)
    {
        var lines = text.Trim().Split('\n');
        return string.Join(" | ", lines.Skip(Math.Max(0, lines.Length - 3)));
    }

    private static int Positive(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
}
