using System.Globalization;
using Bisector.Core.Abstractions;

namespace Bisector.Execution.Benchmarks;

/// <summary>Names what kept the machine busy during a sample: the hypervisor (steal), Bisector's own work, or other processes.</summary>
public static class BusySource
{
    /// <summary>The busy sources of <paramref name="conditions"/> above their thresholds, joined; null when the machine was quiet.</summary>
    public static string? Describe(SampleConditions conditions)
    {
        var parts = new List<string>();
        if (conditions.StealPercent is > 10 and var steal)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"the hypervisor took {steal:0} % of the CPUs (steal)"));
        }

        if (conditions.OwnCpus is > 0.5 and var own)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Bisector's own work used {own:0.0} CPUs beside the benchmark") +
                (conditions.OwnBusiest is { } child ? $", the busiest of its processes being {child} (a build ahead, unless --no-build-ahead)" : ", in its own process"));
        }

        if (conditions.OtherBusyPercent is > 50 and var other)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"other processes used {other / 100:0.0} CPUs") +
                (conditions.OtherBusiest is { } busiest ? $", the busiest being {busiest}" : ""));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
