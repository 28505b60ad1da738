using Bisector.Core.Session;

namespace Bisector.Reporting.Json;

/// <summary>The machine and tools the figures come from.</summary>
internal sealed record EnvironmentJson(
    string Cpu,
    int Cores,
    string Kernel,
    string Compiler,
    string BisectorVersion,
    string? Perf,
    string? Valgrind,
    IReadOnlyList<string> Flags,
    string? Load)
{
    public static EnvironmentJson? Of(RunEnvironment? e) => e is null
        ? null
        : new(e.Cpu, e.Cores, e.Kernel, e.Compiler, e.BisectorVersion, e.Perf, e.Valgrind, e.Flags, e.Load);
}
