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
    private static readonly string[] s_placeholders = ["{artifacts}", "{worktree}", "{config}"];

    // Anything bash would read as more than words: quoting, expansion, redirection, globbing, assignments, lists.
    private static readonly char[] s_shellSyntax = "|&;<>()$`\\\"'*?[]{}#~=%!\n\r".ToCharArray();

    /// <summary>The benchmark's command for <paramref name="build"/>, pinned to the configured CPUs.</summary>
    public static string For(BenchmarkSettings settings, BuildOutcome build) => Pinned(settings.Cpu, Expand(settings, build));

    /// <summary>
    /// The benchmark's command run by <paramref name="tool"/> (a counting tool such as valgrind), with the pinning outside
    /// the tool: the tool then follows only the benchmark's processes, not the shell and taskset that pin it.
    /// </summary>
    public static string Wrapped(BenchmarkSettings settings, BuildOutcome build, string tool) =>
        (settings.Cpu is null ? "" : $"taskset -c {settings.Cpu} ") + $"{tool} -- {Direct(settings, build) ?? $"bash -c {Shell.Quote(Expand(settings, build))}"}";

    /// <summary>
    /// A plain command (a program's path and its arguments, no shell syntax) as words the tool runs itself, else null.
    /// Under valgrind a shell that only execs the benchmark costs half a second a sample (its start-up is instrumented
    /// too) and counts nothing of its own, so the count is the same without it.
    /// </summary>
    private static string? Direct(BenchmarkSettings settings, BuildOutcome build)
    {
        var template = settings.Command;
        var words = template.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var literal = s_placeholders.Aggregate(template, (text, placeholder) => text.Replace(placeholder, "", StringComparison.Ordinal));
        if (words.Length == 0 || !words[0].Contains('/', StringComparison.Ordinal) || literal.IndexOfAny(s_shellSyntax) >= 0)
        {
            return null;
        }

        return string.Join(' ', words.Select(word => Shell.Quote(Substitute(word, settings, build, path => path))));
    }

    /// <summary>The one CPU every run uses, when the benchmark is pinned to a single CPU.</summary>
    public static int? PinnedCpu(BenchmarkSettings settings) =>
        int.TryParse(settings.Cpu, NumberStyles.None, CultureInfo.InvariantCulture, out var cpu) ? cpu : null;

    private static string Expand(BenchmarkSettings settings, BuildOutcome build) => Substitute(settings.Command, settings, build, Shell.Quote);

    private static string Substitute(string text, BenchmarkSettings settings, BuildOutcome build, Func<string, string> path) => text
        .Replace("{artifacts}", path(build.ArtifactDirectory), StringComparison.Ordinal)
        .Replace("{worktree}", path(build.WorktreeDirectory), StringComparison.Ordinal)
        .Replace("{config}", path(settings.ConfigDirectory), StringComparison.Ordinal);

    private static string Pinned(string? cpu, string command) => cpu is null ? command : $"taskset -c {cpu} bash -c {Shell.Quote(command)}";
}
