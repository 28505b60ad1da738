using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector demo</c> takes: where to work and report, which of the sample's benchmarks, and what to do after the search.</summary>
internal sealed record DemoOptions(string? WorkDir, string? ReportDir, string? Benchmark, Verbosity Verbosity)
{
    /// <summary>Profile the culprit and its parent (off with --no-explain).</summary>
    public bool Explain { get; init; } = true;

    /// <summary>Map every step of the range: on a metric that repeats exactly always, on a time where the search leaves part of the change unexplained (off with --no-map).</summary>
    public bool Map { get; init; } = true;

    /// <summary>Undo the culprit at main and measure main without it (off with --no-revert-check).</summary>
    public bool RevertCheck { get; init; } = true;
}
