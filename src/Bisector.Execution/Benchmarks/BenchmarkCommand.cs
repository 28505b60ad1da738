using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;

namespace Bisector.Execution.Benchmarks;

/// <summary>
/// The shell command a benchmark runs for one build: its placeholders expanded and, when the config pins it, run under
/// <c>taskset</c>. Measuring and profiling both start from it, so a profile shows the run that was measured, on the same CPU.
/// </summary>
public static class BenchmarkCommand
{
    /// <summary>The benchmark's command for <paramref name="build"/>, pinned to the configured CPUs.</summary>
    public static string For(BenchmarkSettings settings, BuildOutcome build) => Pinned(settings.Cpu, Expand(settings, build));

    /// <summary>
    /// The benchmark's command run by <paramref name="tool"/> (a counting tool such as valgrind), with the pinning outside
    /// the tool: the tool then follows only the benchmark's processes, not the shell and taskset that pin it.
    /// </summary>
    public static string Wrapped(BenchmarkSettings settings, BuildOutcome build, string tool) =>
        (settings.Cpu is null ? "" : $"taskset -c {settings.Cpu} ") + $"{tool} -- bash -c {Shell.Quote(Expand(settings, build))}";

    /// <summary>The one CPU every run uses, when the benchmark is pinned to a single CPU.</summary>
    public static int? PinnedCpu(BenchmarkSettings settings) =>
        int.TryParse(settings.Cpu, NumberStyles.None, CultureInfo.InvariantCulture, out var cpu) ? cpu : null;

    private static string Expand(BenchmarkSettings settings, BuildOutcome build) => settings.Command
        .Replace("{artifacts}", Shell.Quote(build.ArtifactDirectory), StringComparison.Ordinal)
        .Replace("{worktree}", Shell.Quote(build.WorktreeDirectory), StringComparison.Ordinal)
        .Replace("{config}", Shell.Quote(settings.ConfigDirectory), StringComparison.Ordinal);

    private static string Pinned(string? cpu, string command) => cpu is null ? command : $"taskset -c {cpu} bash -c {Shell.Quote(command)}";
}
