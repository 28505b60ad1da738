using Bisector.Core.Abstractions;

namespace Bisector.Core.Session;

/// <summary>
/// How to count the executed instructions of the culprit and its parent when the verdicts were decided by time,
/// or why it cannot be done here.
/// </summary>
/// <param name="Runner">Runs the benchmark under an instruction counter; null when there is none.</param>
/// <param name="Metric">The counter's name as reported ("callgrind", "instructions").</param>
/// <param name="Samples">Runs of each build; instruction counts repeat closely, so a few suffice.</param>
/// <param name="Unavailable">Why there is no counter, for the report.</param>
/// <param name="Parallel">Counts run at once: an instruction count does not change with load or CPU, so one per core.</param>
public sealed record InstructionProbe(IBenchmarkRunner? Runner, string Metric, int Samples, string? Unavailable, int Parallel = 1)
{
    public static InstructionProbe Using(IBenchmarkRunner runner, string metric, int samples, int parallel = 1) => new(runner, metric, samples, null, Math.Max(1, parallel));

    public static InstructionProbe Missing(string reason) => new(null, string.Empty, 0, reason);
}
