namespace Bisector.Core.Nightly;

/// <summary>
/// One benchmark's history on one branch, as one machine measured it: samples are comparable only under the same
/// measurement key (the build key plus how it was measured) and on the same machine.
/// </summary>
/// <param name="MeasurementKey">The hash of what makes two samples comparable (build key, command, metric, tool, pinning).</param>
/// <param name="Machine">The machine's fingerprint: host name, CPU model and count.</param>
public sealed record HistorySeries(string Branch, string Benchmark, string Metric, string MeasurementKey, string Machine);
