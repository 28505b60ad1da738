namespace Bisector.Core.Configuration;

/// <summary>How to run one benchmark and what to measure.</summary>
/// <param name="Command">Shell command; <c>{artifacts}</c> is the commit's artifact folder, <c>{worktree}</c> the checkout,
/// <c>{config}</c> the config file's folder.</param>
/// <param name="Warmup">Runs before the measured ones, whose results are thrown away.</param>
/// <param name="Cpu">CPU list for <c>taskset -c</c>, or null to run anywhere.</param>
public sealed record BenchmarkSettings(
    string Name,
    string Command,
    Metric Metric,
    string Unit,
    int Warmup,
    TimeSpan Timeout,
    string? Cpu)
{
    public InstructionCheckSettings InstructionCheck { get; init; } = InstructionCheckSettings.Default;

    /// <summary>
    /// The command the time profile records, when it is not <see cref="Command"/>: a count's short command spends its
    /// time starting up, while a longer run of the same workload shows where the time of the loop goes.
    /// </summary>
    public string? ProfileCommand { get; init; }

    /// <summary>The config file's folder: <c>{config}</c> in the command, for benchmark scripts kept beside the config.</summary>
    public string ConfigDirectory { get; init; } = ".";

    /// <summary>Time-based metrics can name a commit whose only effect is code layout; instruction counts cannot.</summary>
    public bool MeasuresTime => Metric.MeasuresTime;
}
