using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Core.Statistics;

namespace Bisector.Cli.Hosting;

/// <summary>What every measuring command (run, demo, compare, profile) takes from its command line.</summary>
internal sealed record HostOptions(
    string Repo,
    string? Config,
    string? Benchmark,
    string? WorkDir,
    string? ReportDir,
    Verbosity Verbosity)
{
    /// <summary>Overrides the benchmark's metric (wall-time, cpu-time, instructions, callgrind, output).</summary>
    public Metric? Metric { get; init; }

    /// <summary>The CPU list for taskset, "auto" (the default: the last CPU) or "none" (run anywhere).</summary>
    public string? Cpu { get; init; }

    /// <summary>Slower (a regression, the default) or faster (the commit that made it faster).</summary>
    public Direction Direction { get; init; } = Direction.Slower;

    /// <summary>Before each round, wait until the rest of the machine is quiet.</summary>
    public bool WaitForQuiet { get; init; }

    /// <summary>Most samples per commit before it counts as unknown.</summary>
    public int? MaxSamples { get; init; }

    /// <summary>Smallest change worth a verdict, in percent.</summary>
    public double? ThresholdPercent { get; init; }

    /// <summary>Commits tested at once in each round (--jobs): 1 bisects, k splits the range into k + 1 parts.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Where builds and samples run (--executor): this machine or jobs on the cluster.</summary>
    public ExecutorKind Executor { get; init; } = ExecutorKind.Local;

    /// <summary>
    /// In a bisection, build the next commits while one is measured: --build-ahead (true), --no-build-ahead (false), or
    /// neither (null: <see cref="BuildAheadPolicy"/> decides).
    /// </summary>
    public bool? BuildAhead { get; init; }

    /// <summary>Undo a found culprit at the tip and measure it there (run: on unless --no-revert-check; profile: with --revert-at).</summary>
    public bool RevertCheck { get; init; }
}
