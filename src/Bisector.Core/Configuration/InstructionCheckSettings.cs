namespace Bisector.Core.Configuration;

/// <summary>
/// When a benchmark's verdicts are decided by time, how to count the culprit's and the parent's executed
/// instructions afterwards (config field <c>instructionCheck</c>, or <c>false</c> to skip it).
/// </summary>
/// <param name="Command">The command to count; null runs the benchmark's own (callgrind runs it ~50 times slower).</param>
/// <param name="Metric">Callgrind or Instructions; null picks perf's instructions where the hardware counts them, else callgrind.</param>
/// <param name="Samples">Runs of each build.</param>
public sealed record InstructionCheckSettings(bool Enabled, string? Command, Metric? Metric, int Samples, TimeSpan Timeout)
{
    public static InstructionCheckSettings Default { get; } = new(true, null, null, 2, TimeSpan.FromMinutes(30));

    public static InstructionCheckSettings Off { get; } = Default with { Enabled = false };
}
