using System.Globalization;
using Bisector.Core.Abstractions;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// What else the machine is doing, read from /proc: the load average, and the CPU time everything else used between
/// two readings. Where /proc is missing the readings are null and nothing fails.
/// </summary>
public sealed class MachineLoad
{
    private readonly (long Busy, long Total)? _start = ReadCpuTimes();

    /// <summary>The conditions of a sample that ran since this reading started, pinned to <paramref name="cpu"/> (or not).</summary>
    public SampleConditions Finish(int? cpu)
    {
        // Busy CPUs of the whole machine, less the one the benchmark itself kept busy.
        var others = BusyCpusSinceStart() is { } busy ? Math.Round(Math.Max(0, busy - 1) * 100, 1) : (double?)null;
        return new SampleConditions(cpu, ReadLoadAverage(), others, DateTimeOffset.UtcNow);
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

    private static (long Busy, long Total)? ReadCpuTimes()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            if (line is null)
            {
                return null;
            }

            // user nice system idle iowait irq softirq steal ...: idle and iowait are not busy.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var total = fields.Take(8).Sum();
            var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
            return (total - idle, total);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
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
