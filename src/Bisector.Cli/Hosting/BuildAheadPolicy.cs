using Bisector.Core.Configuration;
using Bisector.Core.Domain;

namespace Bisector.Cli.Hosting;

/// <summary>
/// Whether a bisection builds the next commits while one is measured. A build beside a timed sample on a machine of two
/// CPUs or fewer takes the CPU the sample's neighbours need (the benchmark has one, the build the other, Bisector's own
/// runtime none): it runs there only when asked (--build-ahead). An instruction count does not change with load, and a
/// cluster's builds run on other nodes, so those build ahead unless told not to (--no-build-ahead).
/// </summary>
internal static class BuildAheadPolicy
{
    /// <summary>Most CPUs on which a timed bisection does not build ahead unless asked.</summary>
    public const int SmallMachineCpus = 2;

    /// <param name="asked">--build-ahead (true), --no-build-ahead (false), or neither (null).</param>
    public static bool BuildsAhead(bool? asked, BenchmarkSettings benchmark, ExecutorKind executor, int cpus) =>
        asked ?? (!benchmark.MeasuresTime || executor != ExecutorKind.Local || cpus > SmallMachineCpus);

    /// <summary>Why a timed bisection does not build ahead here, for the run's opening lines; null when it does or was told.</summary>
    public static string? Held(bool? asked, BenchmarkSettings benchmark, ExecutorKind executor, int cpus) =>
        asked is null && !BuildsAhead(asked, benchmark, executor, cpus)
            ? $"no build ahead beside the timed samples on this machine of {cpus} CPUs (--build-ahead to build the next commits while one is measured)"
            : null;
}
