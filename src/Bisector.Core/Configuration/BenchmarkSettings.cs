namespace Bisector.Core.Configuration;

/// <summary>How to run one benchmark and what to measure.</summary>
/// <param name="Command">Shell command; <c>{artifacts}</c> is the commit's artifact folder, <c>{worktree}</c> the checkout.</param>
/// <param name="Warmup">Runs before the measured ones, whose results are thrown away.</param>
/// <param name="Cpu">CPU list for <c>taskset -c</c>, or null to run anywhere.</param>
public sealed record BenchmarkSettings(
    string Name,
    string Command,
    MetricKind Metric,
    string Unit,
    int Warmup,
    TimeSpan Timeout,
    string? Cpu);
