using System.Globalization;
using Bisector.Core.Machine;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;

namespace Bisector.Execution.Machine;

/// <summary>
/// Measures this machine the way the verdicts see it: each allowed CPU's speed on one short loop pinned to it, the
/// load, what perf may record, the tools' versions, the governor and turbo, and the CPU a run would pin to.
/// </summary>
public sealed class MachineProbe(ProcessRunner processes)
{
    // A loop in bash: the same instructions on every CPU, a few tenths of a second on a VM's vCPU.
    private const string Loop = "i=0; while [ $i -lt 50000 ]; do i=$((i+1)); done";
    private const int Tries = 3;

    public async Task<MachineFacts> MeasureAsync(CancellationToken cancellationToken)
    {
        // The load first, before this probe's own loops keep a CPU busy.
        var busy = await MachineLoad.OthersBusyPercentAsync(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        var tools = await MachineTools.DetectAsync(processes, cancellationToken).ConfigureAwait(false);
        var (pinned, reason) = CpuPinning.Choose(null, tools.Taskset);
        var allowed = CpuPinning.AllowedCpus() is { Count: > 0 } cpus ? cpus : Enumerable.Range(0, Environment.ProcessorCount).ToArray();
        return new MachineFacts
        {
            Cpus = tools.Taskset ? await CpuSpeedsAsync(allowed, cancellationToken).ConfigureAwait(false) : [],
            LoadAverage = LoadAverage(),
            BusyCpus = busy is { } b ? Math.Round(b / 100, 2) : null,
            Perf = new PerfAccess(ReadFile("/proc/sys/kernel/perf_event_paranoid"), await OutputAsync("command -v perf", cancellationToken).ConfigureAwait(false) is not null, tools.PerfInstructions, tools.PerfTaskClock),
            Valgrind = await OutputAsync("valgrind --version", cancellationToken).ConfigureAwait(false),
            Ccache = await OutputAsync("ccache --version | head -n 1", cancellationToken).ConfigureAwait(false),
            Governors = allowed
                .Select(cpu => (cpu, governor: ReadFile($"/sys/devices/system/cpu/cpu{cpu}/cpufreq/scaling_governor")))
                .Where(g => g.governor is not null)
                .ToDictionary(g => g.cpu, g => g.governor!),
            Turbo = Turbo(),
            Isolated = ReadFile("/sys/devices/system/cpu/isolated"),
            PinnedCpu = pinned,
            PinningReason = reason,
        };
    }

    /// <summary>Each CPU's fastest of a few runs of the loop, the CPUs taken in turn each try so that a busy stretch hits them all.</summary>
    private async Task<IReadOnlyList<CpuSpeed>> CpuSpeedsAsync(IReadOnlyList<int> cpus, CancellationToken cancellationToken)
    {
        var best = cpus.ToDictionary(cpu => cpu, _ => double.MaxValue);
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            foreach (var cpu in cpus)
            {
                var result = await processes.RunAsync(
                    string.Create(CultureInfo.InvariantCulture, $"taskset -c {cpu} bash -c '{Loop}'"),
                    Path.GetTempPath(), new Dictionary<string, string>(), TimeSpan.FromSeconds(60), null, cancellationToken).ConfigureAwait(false);
                if (result.Success)
                {
                    best[cpu] = Math.Min(best[cpu], result.Duration.TotalMilliseconds);
                }
            }
        }

        return best.Where(b => b.Value < double.MaxValue).Select(b => new CpuSpeed(b.Key, Math.Round(b.Value, 1))).ToArray();
    }

    private async Task<string?> OutputAsync(string command, CancellationToken cancellationToken)
    {
        var result = await processes.RunAsync(command, Path.GetTempPath(), new Dictionary<string, string>(), TimeSpan.FromSeconds(20), null, cancellationToken).ConfigureAwait(false);
        var text = result.StandardOutput.Trim();
        return result.Success && text.Length > 0 ? text : null;
    }

    private static IReadOnlyList<double>? LoadAverage()
    {
        var parts = ReadFile("/proc/loadavg")?.Split(' ');
        return parts is { Length: >= 3 } && parts.Take(3).All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? parts.Take(3).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray()
            : null;
    }

    private static string? Turbo() =>
        ReadFile("/sys/devices/system/cpu/intel_pstate/no_turbo") is { } noTurbo ? (noTurbo == "1" ? "off" : "on")
        : ReadFile("/sys/devices/system/cpu/cpufreq/boost") is { } boost ? (boost == "1" ? "on" : "off")
        : null;

    private static string? ReadFile(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
