using System.Globalization;

namespace Bisector.Execution.Benchmarks;

/// <summary>One process as /proc/PID/stat shows it: its parent, its name and the CPU time it and its reaped children used.</summary>
/// <param name="Ticks">utime + stime + cutime + cstime, in clock ticks: a child's time moves into its parent's when it is reaped, so a tree's total keeps it.</param>
/// <param name="OwnTicks">utime + stime: the process alone.</param>
public sealed record ProcessStat(int Pid, int ParentPid, string Name, long Ticks, long OwnTicks);

/// <summary>Every process of the machine, read from /proc: whose children are whose, and how much CPU time each used.</summary>
public sealed class ProcessTable
{
    private readonly IReadOnlyDictionary<int, ProcessStat> _byPid;

    private ProcessTable(IReadOnlyDictionary<int, ProcessStat> byPid) => _byPid = byPid;

    public IEnumerable<ProcessStat> Processes => _byPid.Values;

    public ProcessStat? this[int pid] => _byPid.GetValueOrDefault(pid);

    /// <summary>The processes now; empty where /proc cannot be read. Processes that exit while it is read are left out.</summary>
    public static ProcessTable Read()
    {
        var stats = new Dictionary<int, ProcessStat>();
        try
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    continue;
                }

                try
                {
                    if (Parse(File.ReadAllText(Path.Combine(folder, "stat"))) is { } stat)
                    {
                        stats[stat.Pid] = stat;
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // It exited meanwhile.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No /proc: nothing to tell apart.
        }

        return new ProcessTable(stats);
    }

    /// <summary>A /proc/PID/stat line; its name sits in parentheses and may hold spaces and parentheses itself.</summary>
    public static ProcessStat? Parse(string line)
    {
        var open = line.IndexOf('(', StringComparison.Ordinal);
        var close = line.LastIndexOf(')');
        if (open < 1 || close < open)
        {
            return null;
        }

        // After the name: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17), numbered from 1 as proc(5) does.
        var rest = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length < 15
            || !int.TryParse(line[..open].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !int.TryParse(rest[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent))
        {
            return null;
        }

        var times = rest[11..15].Select(f => long.TryParse(f, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
        return new ProcessStat(pid, parent, line[(open + 1)..close], times.Sum(), times[0] + times[1]);
    }

    /// <summary><paramref name="root"/> and every process below it.</summary>
    public IReadOnlySet<int> TreeOf(int root)
    {
        var children = _byPid.Values.ToLookup(p => p.ParentPid, p => p.Pid);
        var tree = new HashSet<int>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            if (tree.Add(pid))
            {
                foreach (var child in children[pid])
                {
                    pending.Push(child);
                }
            }
        }

        return tree;
    }
}
