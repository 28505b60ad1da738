using System.Globalization;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// The machine's CPU time from /proc/stat's <c>cpu</c> line, in clock ticks: busy (user nice system irq softirq),
/// steal (what the hypervisor gave to other guests: the 8th field) and the total of the first eight fields.
/// </summary>
public readonly record struct CpuTimes(long Busy, long Steal, long Total)
{
    /// <summary>The <c>cpu</c> line of /proc/stat's text, or null when it has none or cannot be read.</summary>
    public static CpuTimes? Parse(string procStat)
    {
        var line = procStat.Split('\n').FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToArray();
        if (fields.Length < 4 || fields.Any(f => f < 0))
        {
            return null;
        }

        // user nice system idle iowait irq softirq steal: idle and iowait are not busy, steal is counted apart.
        var total = fields.Take(8).Sum();
        var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
        var steal = fields.Length > 7 ? fields[7] : 0;
        return new CpuTimes(total - idle - steal, steal, total);
    }
}
