using Bisector.Execution.Benchmarks;
namespace Bisector.Cli.Hosting;

/// <summary>The CPUs this process may run on (its affinity), and whether a taskset list names only those.</summary>
internal static class Cpus
{
    /// <summary>Null when <paramref name="value"/> is auto, none or a list of allowed CPUs; otherwise what is wrong.</summary>
    public static string? Problem(string value)
    {
        if (value is "auto" or "none")
        {
            return null;
        }

        var allowed = Allowed();
        var asked = ParseList(value);
        if (asked is null)
        {
            return $"must be auto, none or a list of CPUs such as 0 or 0,2-3; this machine has CPUs {Describe(allowed)}";
        }

        return asked.All(allowed.Contains) ? null : $"this machine has CPUs {Describe(allowed)}";
    }

    /// <summary>The CPUs of this process's affinity mask (Cpus_allowed_list), or 0..ProcessorCount-1 where that is not readable.</summary>
    public static IReadOnlySet<int> Allowed() =>
        CpuPinning.AllowedCpus() is { Count: > 0 } allowed ? allowed.ToHashSet() : Enumerable.Range(0, Environment.ProcessorCount).ToHashSet();

    private static HashSet<int>? ParseList(string text)
    {
        var cpus = new HashSet<int>();
        foreach (var part in text.Split(','))
        {
            var ends = part.Split('-');
            if (ends.Length is < 1 or > 2 || !int.TryParse(ends[0], out var first) || first < 0)
            {
                return null;
            }

            var last = first;
            if (ends.Length == 2 && (!int.TryParse(ends[1], out last) || last < first))
            {
                return null;
            }

            for (var cpu = first; cpu <= last; cpu++)
            {
                cpus.Add(cpu);
            }
        }

        return cpus;
    }

    /// <summary>"0-1" or "0,2-3": the set as a taskset list.</summary>
    private static string Describe(IReadOnlySet<int> cpus)
    {
        var sorted = cpus.Order().ToArray();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? $"{sorted[i]}" : $"{sorted[i]}-{sorted[j]}");
            i = j + 1;
        }

        return string.Join(",", parts);
    }
}
