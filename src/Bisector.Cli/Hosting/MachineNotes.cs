using Bisector.Core.Findings;
using Bisector.Core.Session;

namespace Bisector.Cli.Hosting;

/// <summary>The problems of this machine a run can meet that <c>bisector machine</c> explains and says how to fix.</summary>
internal static class MachineNotes
{
    /// <summary>
    /// Samples in two modes (CPUs of different speed, frequency), no instruction counter (no hardware counters and no
    /// valgrind), or perf that cannot profile here (missing, kernel.perf_event_paranoid).
    /// </summary>
    public static bool Any(BisectResult result) =>
        result.Notes.Any(note => note is Multimodal or InstructionsUnavailable) ||
        result.Explanation?.Unavailable.Any(missing => !missing.Instructions) == true;
}
