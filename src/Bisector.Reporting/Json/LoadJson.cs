using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>
/// What else the machine was doing while a commit was measured, and the load by its source: Bisector's own process,
/// the hypervisor's steal, everything else (CPUs' worth).
/// </summary>
internal sealed record LoadJson(
    double? OtherBusyMedianPercent,
    double? OtherBusyMaxPercent,
    double? LoadAverageMax,
    double? OwnCpus,
    double? StealPercent,
    double? OtherCpus,
    IReadOnlyList<int> Cpus)
{
    public static LoadJson? Of(LoadSummary? load) => load is null
        ? null
        : new(
            JsonNumbers.Round(load.OtherBusyMedianPercent),
            JsonNumbers.Round(load.OtherBusyMaxPercent),
            JsonNumbers.Round(load.LoadAverageMax),
            JsonNumbers.Round(load.OwnCpusMax),
            JsonNumbers.Round(load.StealPercentMax),
            JsonNumbers.Round(load.OtherBusyMedianPercent / 100),
            load.Cpus);
}
