namespace Bisector.Core.Configuration;

/// <summary>What one benchmark sample measures. Lower is better for every kind.</summary>
public enum MetricKind
{
    /// <summary>Wall-clock seconds of the benchmark process.</summary>
    WallTime,

    /// <summary>CPU milliseconds: <c>perf stat -e task-clock</c>, or rusage where perf is missing.</summary>
    CpuTime,

    /// <summary>Instructions counted by the hardware (<c>perf stat -e instructions</c>).</summary>
    Instructions,

    /// <summary>Instructions executed under <c>valgrind --tool=callgrind</c>: exact and repeatable.</summary>
    Callgrind,

    /// <summary>A number the benchmark prints itself: the last number line of stdout, or pyperf JSON.</summary>
    Output,
}
