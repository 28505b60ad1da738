namespace Bisector.Core.Session;

/// <summary>The machine and tools a run measured with, so a reader can judge and reproduce its figures.</summary>
/// <param name="Flags">The build environment the config sets (e.g. OPT=...), as "NAME=value" pairs.</param>
/// <param name="Load">What else ran while measuring, in words (load average, other processes' CPU).</param>
public sealed record RunEnvironment(
    string Cpu,
    int Cores,
    string Kernel,
    string Compiler,
    string? Perf,
    string? Valgrind,
    IReadOnlyList<string> Flags,
    string BisectorVersion)
{
    public string? Load { get; init; }
}
