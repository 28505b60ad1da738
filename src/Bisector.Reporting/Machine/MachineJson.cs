using System.Text.Json;
using Bisector.Core.Machine;

namespace Bisector.Reporting.Machine;

/// <summary><c>bisector machine --json</c>: the same facts and verdicts as the text, as one JSON object (the nightly job's machine fingerprint).</summary>
public static class MachineJson
{
    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(MachineFacts facts, TextWriter output)
    {
        var document = new
        {
            cpus = facts.Cpus.Select(c => new { cpu = c.Cpu, milliseconds = c.Milliseconds }),
            cpuSpeeds = MachineText.SpeedVerdict(facts.Cpus),
            pinnedCpu = facts.PinnedCpu,
            pinning = facts.PinningReason,
            loadAverage = facts.LoadAverage,
            busyCpus = facts.BusyCpus,
            perf = new { paranoid = facts.Perf.Paranoid, installed = facts.Perf.Installed, instructions = facts.Perf.Instructions, taskClock = facts.Perf.TaskClock },
            valgrind = facts.Valgrind,
            ccache = facts.Ccache,
            governors = facts.Governors.ToDictionary(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Value),
            turbo = facts.Turbo,
            isolated = facts.Isolated,
            quieter = MachineText.Quieter(facts),
        };
        output.WriteLine(JsonSerializer.Serialize(document, s_options));
    }
}
