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
    bool DryRun = false);
