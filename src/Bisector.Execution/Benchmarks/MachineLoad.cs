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
    private readonly TimeSpan _ownStart = OwnCpuTime();

    /// <summary>The conditions of a sample that ran since this reading started, pinned to <paramref name="cpu"/> (or not).</summary>
    public SampleConditions Finish(int? cpu)
    {
        // Busy CPUs of the whole machine, less the one the benchmark itself kept busy, less Bisector's own process;
        // the hypervisor's steal is counted apart.
        var end = ReadCpuTimes();
        var elapsed = _start is { } start && end is { } stop && stop.Total > start.Total ? (start, stop) : ((CpuTimes, CpuTimes)?)null;
        var own = elapsed is { } e ? (OwnCpuTime() - _ownStart).TotalSeconds * 100 * Environment.ProcessorCount / ((e.Item2.Total - e.Item1.Total) / TicksPerSecond) : (double?)null;
        var others = BusyCpusSinceStart() is { } busy ? Math.Round(Math.Max(0, (busy * 100) - 100 - (own ?? 0)), 1) : (double?)null;
        var steal = elapsed is { } s ? Math.Round((double)(s.Item2.Steal - s.Item1.Steal) / (s.Item2.Total - s.Item1.Total) * 100, 1) : (double?)null;
        return new SampleConditions(cpu, ReadLoadAverage(), others, DateTimeOffset.UtcNow)
        {
            OwnCpus = own is { } o ? Math.Round(o / 100, 2) : null,
            StealPercent = steal,
        };
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

    private static TimeSpan OwnCpuTime()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

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
