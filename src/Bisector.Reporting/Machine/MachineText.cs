using System.Globalization;
using Bisector.Core.Machine;

namespace Bisector.Reporting.Machine;

/// <summary>The words of <c>bisector machine</c>: each measurement, what it means for the verdicts, and what would make the machine quieter.</summary>
public static class MachineText
{
    /// <summary>CPUs whose loop times differ by more than this share are called different in speed.</summary>
    private const double SpeedSpreadPercent = 10;

    public static void Write(MachineFacts facts, TextWriter output)
    {
        output.WriteLine("CPUs (one short loop pinned to each with taskset, the fastest of 3 tries):");
        foreach (var cpu in facts.Cpus)
        {
            output.WriteLine(Invariant($"   CPU {cpu.Cpu}: {cpu.Milliseconds:0.0} ms"));
        }

        output.WriteLine($"   {SpeedVerdict(facts.Cpus)}");
        output.WriteLine($"   Bisector pins to: {facts.PinningReason}");
        output.WriteLine($"Load: {LoadLine(facts)}");
        output.WriteLine($"perf: {PerfLine(facts.Perf)}");
        output.WriteLine($"valgrind: {facts.Valgrind ?? "missing (callgrind metrics and instruction counts need it: apt-get install valgrind)"}");
        output.WriteLine($"ccache: {facts.Ccache ?? "missing (builds are not cached across checkouts: apt-get install ccache)"}");
        output.WriteLine($"Frequency: {FrequencyLine(facts)}");
        foreach (var advice in Quieter(facts))
        {
            output.WriteLine($"   to make it quieter: {advice}");
        }
    }

    /// <summary>Whether the CPUs run the loop at one speed, and by how much the slowest trails the fastest.</summary>
    public static string SpeedVerdict(IReadOnlyList<CpuSpeed> cpus)
    {
        if (cpus.Count == 0)
        {
            return "not measured: taskset (util-linux) is missing";
        }

        if (cpus.Count == 1)
        {
            return "one CPU allowed: every sample runs on it";
        }

        var fastest = cpus.MinBy(c => c.Milliseconds)!;
        var slowest = cpus.MaxBy(c => c.Milliseconds)!;
        var spread = (slowest.Milliseconds / fastest.Milliseconds - 1) * 100;
        return spread > SpeedSpreadPercent
            ? Invariant($"they differ: CPU {slowest.Cpu} took {spread:0} % longer than CPU {fastest.Cpu}; unpinned samples would be bimodal, so runs pin to one CPU (or take this figure under load: run again on a quiet machine)")
            : Invariant($"they agree within {spread:0} % (the slowest, CPU {slowest.Cpu}, against the fastest, CPU {fastest.Cpu})");
    }

    private static string LoadLine(MachineFacts facts)
    {
        var average = facts.LoadAverage is { } l ? Invariant($"load average {l[0]:0.00} {l[1]:0.00} {l[2]:0.00}") : "load average unknown";
        var busy = facts.BusyCpus is { } b ? Invariant($"{b:0.00} CPUs busy right now") : "busy CPUs unknown";
        var meaning = facts.BusyCpus is > 0.25
            ? "other processes compete with timed samples: verdicts compare runs taken back to back, but a quiet machine gives sharper ones (--wait-for-quiet)"
            : "quiet";
        return $"{average}; {busy} (of {Environment.ProcessorCount}): {meaning}";
    }

    private static string PerfLine(PerfAccess perf)
    {
        var paranoid = $"kernel.perf_event_paranoid = {perf.Paranoid ?? "unknown"}";
        if (!perf.Installed)
        {
            return $"{paranoid}; perf is missing (apt-get install linux-perf): profiles and cpu-time fall back to what rusage and callgrind give";
        }

        return (perf.Instructions, perf.TaskClock) switch
        {
            (true, _) => $"{paranoid}; hardware counters work (perf stat -e instructions counts): instructions and profiles with cycles",
            (false, true) => $"{paranoid}; software events only (perf stat -e task-clock counts, -e instructions does not: no hardware counters here, as in most VMs): instruction counts come from callgrind",
            _ => $"{paranoid}; perf may not record here: run as root or allow it with `sudo sysctl kernel.perf_event_paranoid=1`",
        };
    }

    private static string FrequencyLine(MachineFacts facts)
    {
        var governors = facts.Governors.Count == 0
            ? "no CPU governor shown in /sys (cpufreq not exposed, as in most VMs: the host decides)"
            : "governor " + string.Join(", ", facts.Governors.Select(g => $"CPU {g.Key} {g.Value}"));
        var turbo = facts.Turbo is null ? "turbo not shown" : $"turbo {facts.Turbo}";
        var isolated = string.IsNullOrEmpty(facts.Isolated) ? "no CPU isolated" : $"isolated CPUs {facts.Isolated}";
        return $"{governors}; {turbo}; {isolated}";
    }

    /// <summary>The exact commands that would make the verdicts' machine quieter, for what this machine shows.</summary>
    public static IReadOnlyList<string> Quieter(MachineFacts facts)
    {
        var advice = new List<string>();
        if (facts.PinnedCpu is { } cpu && string.IsNullOrEmpty(facts.Isolated))
        {
            advice.Add($"isolate CPU {cpu} from other tasks: add `isolcpus={cpu} nohz_full={cpu}` to GRUB_CMDLINE_LINUX in /etc/default/grub, then `sudo update-grub` and reboot");
        }

        if (facts.Governors.Values.Any(g => g != "performance"))
        {
            advice.Add("fix the governor: `sudo cpupower frequency-set -g performance` (or `echo performance | sudo tee /sys/devices/system/cpu/cpu*/cpufreq/scaling_governor`)");
        }

        if (facts.Turbo == "on")
        {
            advice.Add("turn turbo off (its frequency follows temperature): `echo 1 | sudo tee /sys/devices/system/cpu/intel_pstate/no_turbo` (or `echo 0 | sudo tee /sys/devices/system/cpu/cpufreq/boost`)");
        }

        return advice;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
