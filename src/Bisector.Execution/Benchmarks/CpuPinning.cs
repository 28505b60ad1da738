using System.Globalization;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// Which CPU the samples run on. The CPUs of one machine can run at different speeds (seen: 25 % apart on a 2-core
/// VM), and an unpinned benchmark lands on either, so its samples are bimodal: every sample of a run goes to one CPU.
/// </summary>
public static class CpuPinning
{
    public const string Auto = "auto";
    public const string None = "none";

    /// <summary>The taskset CPU list to use (null: run anywhere) and a sentence that says which and why.</summary>
    public static (string? Cpu, string Description) Choose(string? requested, bool tasksetAvailable)
    {
        var choice = string.IsNullOrWhiteSpace(requested) ? Auto : requested.Trim();
        if (string.Equals(choice, None, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "not pinned (--cpu none): samples may land on CPUs of different speed");
        }

        if (!tasksetAvailable)
        {
            return (null, "not pinned: taskset (util-linux) is missing, so samples may land on CPUs of different speed");
        }

        if (!string.Equals(choice, Auto, StringComparison.OrdinalIgnoreCase))
        {
            return (choice, $"pinned to CPU {choice}");
        }

        var last = AllowedCpus().LastOrDefault(Environment.ProcessorCount - 1);
        return (last.ToString(CultureInfo.InvariantCulture),
            $"pinned to CPU {last} (the last CPU this process may use, where fewer interrupts land than on CPU 0; --cpu N or the config's \"cpu\" to change, --cpu none to run anywhere)");
    }

    /// <summary>
    /// The CPUs other than the benchmark's, as a taskset list, for builds that run while it is timed; null when the
    /// benchmark is not pinned to a single CPU or no other CPU is left.
    /// </summary>
    public static string? Others(string? pinned)
    {
        if (!int.TryParse(pinned, NumberStyles.None, CultureInfo.InvariantCulture, out var cpu))
        {
            return null;
        }

        var others = AllowedCpus().Where(c => c != cpu).ToArray();
        return others.Length == 0 ? null : string.Join(',', others);
    }

    /// <summary>The CPUs this process may run on, from /proc/self/status (e.g. "0-3,6"); empty where that is unknown.</summary>
    public static IReadOnlyList<int> AllowedCpus()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal));
            if (line is null)
            {
                return [];
            }

            var cpus = new List<int>();
            foreach (var part in line["Cpus_allowed_list:".Length..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var bounds = part.Split('-');
                var from = int.Parse(bounds[0], CultureInfo.InvariantCulture);
                var to = bounds.Length > 1 ? int.Parse(bounds[1], CultureInfo.InvariantCulture) : from;
                for (var cpu = from; cpu <= to; cpu++)
                {
                    cpus.Add(cpu);
                }
            }

            return cpus;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return [];
        }
    }
}
