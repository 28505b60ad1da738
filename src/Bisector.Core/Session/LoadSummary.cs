using Bisector.Core.Abstractions;

namespace Bisector.Core.Session;

/// <summary>What else the machine was doing while a commit was measured.</summary>
/// <param name="OtherBusyMedianPercent">Median CPU time other processes used during a sample, in percent of one CPU.</param>
/// <param name="OtherBusyMaxPercent">The most they used during any one sample.</param>
/// <param name="LoadAverageMax">The highest one-minute load average seen.</param>
/// <param name="Cpus">The CPUs the samples were pinned to (empty when they ran unpinned).</param>
public sealed record LoadSummary(double? OtherBusyMedianPercent, double? OtherBusyMaxPercent, double? LoadAverageMax, IReadOnlyList<int> Cpus)
{
    /// <summary>The cluster nodes the samples ran on; empty when they all ran on this machine.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>The most CPUs' worth of time Bisector's own process used beside any one sample.</summary>
    public double? OwnCpusMax { get; init; }

    /// <summary>The highest share of the CPUs the hypervisor took (steal) during any one sample.</summary>
    public double? StealPercentMax { get; init; }

    /// <summary>Bisector's own work (a build ahead) took half a CPU or more beside one of the samples: the report says so for the step.</summary>
    public bool RanBesideOwnWork => OwnCpusMax is >= 0.5;

    public static LoadSummary? Of(IReadOnlyList<SampleConditions> conditions)
    {
        if (conditions.Count == 0)
        {
            return null;
        }

        var busy = conditions.Where(c => c.OtherBusyPercent is not null).Select(c => c.OtherBusyPercent!.Value).Order().ToArray();
        var loads = conditions.Where(c => c.LoadAverage is not null).Select(c => c.LoadAverage!.Value).ToArray();
        return new LoadSummary(
            busy.Length == 0 ? null : Statistics.Summary.MedianOfSorted(busy),
            busy.Length == 0 ? null : busy[^1],
            loads.Length == 0 ? null : loads.Max(),
            conditions.Where(c => c.Cpu is not null).Select(c => c.Cpu!.Value).Distinct().Order().ToArray())
        {
            Hosts = conditions.Where(c => c.Host is not null).Select(c => c.Host!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            OwnCpusMax = conditions.Max(c => c.OwnCpus),
            StealPercentMax = conditions.Max(c => c.StealPercent),
        };
    }
}
