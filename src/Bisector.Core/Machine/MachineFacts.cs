namespace Bisector.Core.Machine;

/// <summary>What this machine does to measurements, measured once: the facts behind <c>bisector machine</c>.</summary>
public sealed record MachineFacts
{
    /// <summary>Each allowed CPU's time for one pinned loop; empty where taskset is missing.</summary>
    public required IReadOnlyList<CpuSpeed> Cpus { get; init; }

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg; null where it cannot be read.</summary>
    public required IReadOnlyList<double>? LoadAverage { get; init; }

    /// <summary>How many CPUs' worth of time the whole machine was busy over a short look, this process's measuring aside.</summary>
    public required double? BusyCpus { get; init; }

    public required PerfAccess Perf { get; init; }

    /// <summary>valgrind --version's line, or null where valgrind is missing.</summary>
    public required string? Valgrind { get; init; }

    /// <summary>ccache --version's first line, or null where ccache is missing.</summary>
    public required string? Ccache { get; init; }

    /// <summary>Each CPU's scaling governor as /sys shows it; empty where cpufreq is not exposed (as in many VMs).</summary>
    public required IReadOnlyDictionary<int, string> Governors { get; init; }

    /// <summary>"on" or "off" where /sys shows turbo (intel_pstate/no_turbo or cpufreq/boost), else null.</summary>
    public required string? Turbo { get; init; }

    /// <summary>The CPUs the kernel keeps free of ordinary tasks (/sys/devices/system/cpu/isolated), as the file says.</summary>
    public required string? Isolated { get; init; }

    /// <summary>The CPU Bisector pins benchmarks to by default (null: not pinned) and the sentence that says why.</summary>
    public required string? PinnedCpu { get; init; }

    public required string PinningReason { get; init; }
}
