namespace Bisector.Cli.Commands;

/// <summary>Everything a bisection run needs from the command line.</summary>
internal sealed record RunOptions(
    string Good,
    string Bad,
    string Repo,
    string? Config,
    string? Benchmark,
    string? WorkDir,
    string? ReportDir,
    int? MaxSamples,
    double? ThresholdPercent,
    string Verbosity,
    bool DryRun = false)
{
    /// <summary>Overrides the benchmark's metric (wall-time, cpu-time, instructions, callgrind, output).</summary>
    public string? Metric { get; init; }

    /// <summary>The CPU list for taskset, "auto" (the default: the last CPU) or "none" (run anywhere).</summary>
    public string? Cpu { get; init; }

    /// <summary>"slower" (a regression, the default) or "faster" (the commit that made it faster).</summary>
    public string Direction { get; init; } = "slower";

    /// <summary>Before each round, wait until the rest of the machine is quiet.</summary>
    public bool WaitForQuiet { get; init; }
}
