using System.Reflection;
using System.Text.RegularExpressions;
using Bisector.Core.Configuration;
using Bisector.Core.Session;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks;

/// <summary>Describes this machine and its tools for a report: CPU model, kernel, the compiler the build uses, perf and valgrind.</summary>
public static partial class RunEnvironmentProbe
{
    public static async Task<RunEnvironment> DescribeAsync(BuildSettings build, ProcessRunner processes, CancellationToken cancellationToken)
    {
        async Task<string?> FirstLine(string command)
        {
            var result = await processes.RunAsync(command, Path.GetTempPath(), build.Environment, TimeSpan.FromSeconds(20), null, cancellationToken).ConfigureAwait(false);
            var line = result.Success ? result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() : null;
            return string.IsNullOrEmpty(line) ? null : line;
        }

        var compiler = await FirstLine("${CC:-cc} --version").ConfigureAwait(false) ?? "unknown";
        return new RunEnvironment(
            CpuModel(),
            Environment.ProcessorCount,
            await FirstLine("uname -sr").ConfigureAwait(false) ?? Environment.OSVersion.VersionString,
            compiler,
            await FirstLine("perf --version 2>/dev/null").ConfigureAwait(false),
            await FirstLine("valgrind --version 2>/dev/null").ConfigureAwait(false),
            build.Environment.Select(e => $"{e.Key}={e.Value}").ToArray(),
            Version());
    }

    /// <summary>The CPU's model name as /proc/cpuinfo gives it, or "unknown".</summary>
    public static string CpuModel() =>
        File.Exists("/proc/cpuinfo") && ModelName().Match(File.ReadAllText("/proc/cpuinfo")) is { Success: true } m ? m.Groups[1].Value.Trim() : "unknown";

    private static string Version()
    {
        var assembly = Assembly.GetEntryAssembly() ?? typeof(RunEnvironmentProbe).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "0";
        return version.Split('+')[0];
    }

    [GeneratedRegex(@"^model name\s*:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex ModelName();
}
