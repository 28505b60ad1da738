namespace Bisector.Core.Abstractions;

/// <summary>What the machine was doing while one sample was taken.</summary>
/// <param name="Cpu">The CPU the benchmark was pinned to, or null when it ran anywhere.</param>
/// <param name="LoadAverage">The one-minute load average when the sample ended.</param>
/// <param name="OtherBusyPercent">CPU time used by everything else during the sample, in percent of one CPU
/// (the whole machine's busy time, less one CPU's worth for the benchmark itself, less Bisector's own process and the
/// hypervisor's steal).</param>
/// <param name="Time">When the sample ended.</param>
public sealed record SampleConditions(int? Cpu, double? LoadAverage, double? OtherBusyPercent, DateTimeOffset Time)
{
    /// <summary>The cluster node the sample ran on, or null for this machine (then the load figures are this machine's).</summary>
    public string? Host { get; init; }

    /// <summary>CPUs' worth of time Bisector used beside the benchmark during the sample (its runtime, a build ahead it runs), or null where unknown.</summary>
    public double? OwnCpus { get; init; }

    /// <summary>Bisector's busiest process beside the benchmark, as "cc1 (pid 1234, 0.9 CPUs)"; null when none was busy.</summary>
    public string? OwnBusiest { get; init; }

    /// <summary>The busiest process that is not Bisector's, as "cc1 (pid 1234, 0.9 CPUs)"; null when none was busy.</summary>
    public string? OtherBusiest { get; init; }

    /// <summary>Share of all CPUs' time the hypervisor gave to other guests during the sample (steal), or null where unknown.</summary>
    public double? StealPercent { get; init; }
}
