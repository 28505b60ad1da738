using Bisector.Execution.Processes;

namespace Bisector.Execution.Benchmarks;

/// <summary>What this machine can measure with: probed once per run.</summary>
public sealed record MachineTools(bool PerfTaskClock, bool PerfInstructions, bool Valgrind, bool GnuTime, bool Taskset)
{
    public static async Task<MachineTools> DetectAsync(ProcessRunner processes, CancellationToken cancellationToken)
    {
        async Task<bool> Works(string command)
        {
            var result = await processes.RunAsync(command, Path.GetTempPath(), new Dictionary<string, string>(), TimeSpan.FromSeconds(20), null, cancellationToken).ConfigureAwait(false);
            return result.Success;
        }

        var perfTaskClock = await Works("perf stat -x, -e task-clock true").ConfigureAwait(false);
        var perfInstructions = perfTaskClock && await Works("perf stat -x, -e instructions:u true 2>&1 | grep -qE '^[0-9.]+,[^,]*,instructions'").ConfigureAwait(false);
        return new MachineTools(
            perfTaskClock,
            perfInstructions,
            await Works("command -v valgrind").ConfigureAwait(false),
            await Works("test -x /usr/bin/time").ConfigureAwait(false),
            await Works("command -v taskset").ConfigureAwait(false));
    }
}
