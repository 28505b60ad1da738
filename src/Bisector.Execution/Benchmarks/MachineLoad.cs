using System.Globalization;
using Bisector.Core.Abstractions;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// What else the machine is doing, read from /proc: the load average, and the CPU time everything else used between
/// two readings. Where /proc is missing the readings are null and nothing fails.
/// </summary>
public sealed class MachineLoad
{
    private readonly CpuTimes? _start = ReadCpuTimes();
    private readonly ProcessTable _processes = ProcessTable.Read();
    private readonly long _startedAt = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>The conditions of a sample that ran since this reading started, pinned to <paramref name="cpu"/> (or not).</summary>
    public SampleConditions Finish(int? cpu)
    {
        // Busy CPUs of the whole machine, less the one the benchmark itself kept busy, less Bisector's own work (its
        // process and what it runs beside the benchmark, such as a build ahead); the hypervisor's steal is counted apart.
        var end = ReadCpuTimes();
        var processes = ProcessTable.Read();
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        var elapsed = _start is { } start && end is { } stop && stop.Total > start.Total ? (start, stop) : ((CpuTimes, CpuTimes)?)null;
        var ours = processes.TreeOf(Environment.ProcessId);
        var (own, ownBusiest) = OwnWork(processes, ours, seconds);
        var others = BusyCpusSinceStart() is { } busy ? Math.Round(Math.Max(0, (busy * 100) - 100 - ((own ?? 0) * 100)), 1) : (double?)null;
        var steal = elapsed is { } s ? Math.Round((double)(s.Item2.Steal - s.Item1.Steal) / (s.Item2.Total - s.Item1.Total) * 100, 1) : (double?)null;
        return new SampleConditions(cpu, ReadLoadAverage(), others, DateTimeOffset.UtcNow)
        {
            OwnCpus = own is { } o ? Math.Round(o, 2) : null,
            StealPercent = steal,
            OwnBusiest = ownBusiest,
            OtherBusiest = Busiest(processes.Processes.Where(p => !ours.Contains(p.Pid)), seconds),
        };
    }

    /// <summary>
    /// CPUs' worth of time Bisector used beside the benchmark: its own process, and every process below it that is still
    /// there at the end (a build ahead). The benchmark itself has been reaped by then, so it is not counted; neither is a
    /// child that ended during the sample.
    /// </summary>
    private (double? Cpus, string? Busiest) OwnWork(ProcessTable end, IReadOnlySet<int> ours, double seconds)
    {
        if (seconds <= 0 || end[Environment.ProcessId] is not { } self || _processes[Environment.ProcessId] is not { } before)
        {
            return (null, null);
        }

        var below = ours.Where(pid => pid != Environment.ProcessId).Select(pid => end[pid]!).ToArray();
        var ticks = (self.OwnTicks - before.OwnTicks) + below.Sum(p => p.Ticks - (_processes[p.Pid]?.Ticks ?? 0));
        return (ticks / TicksPerSecond / seconds, Busiest(below, seconds));
    }

    /// <summary>The process that used the most CPU time since the start, as "cc1 (pid 1234, 0.9 CPUs)"; null when none used a tenth of a CPU.</summary>
    private string? Busiest(IEnumerable<ProcessStat> processes, double seconds)
    {
        var busiest = processes
            .Select(p => (Process: p, Cpus: seconds > 0 ? (p.OwnTicks - (_processes[p.Pid]?.OwnTicks ?? 0)) / TicksPerSecond / seconds : 0))
            .DefaultIfEmpty()
            .MaxBy(p => p.Cpus);
        return busiest.Process is { } process && busiest.Cpus >= 0.1
            ? string.Create(CultureInfo.InvariantCulture, $"{process.Name} (pid {process.Pid}, {busiest.Cpus:0.0} CPUs)")
            : null;
    }

    /// <summary>The share of the other CPUs that is busy right now, over a short look: for waiting until the machine is quiet.</summary>
    public static async Task<double?> OthersBusyPercentAsync(TimeSpan look, CancellationToken cancellationToken)
    {
        var reading = new MachineLoad();
        await Task.Delay(look, cancellationToken).ConfigureAwait(false);
        return reading.BusyCpusSinceStart() * 100;
    }

    /// <summary>How many CPUs' worth of time the whole machine was busy since this reading started.</summary>
    private double? BusyCpusSinceStart()
    {
        var end = ReadCpuTimes();
        return _start is { } start && end is { } stop && stop.Total > start.Total
            ? (double)(stop.Busy - start.Busy) / (stop.Total - start.Total) * Environment.ProcessorCount
            : null;
    }

    // /proc/stat counts in USER_HZ, 100 on every Linux the tool runs on.
    private const double TicksPerSecond = 100;

    private static CpuTimes? ReadCpuTimes()
    {
        try
        {
            return CpuTimes.Parse(File.ReadAllText("/proc/stat"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static double? ReadLoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
