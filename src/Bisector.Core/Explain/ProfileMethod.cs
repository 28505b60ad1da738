namespace Bisector.Core.Explain;

/// <summary>How a profile was taken: its tool and event, how stacks were walked, and how much it summed over how many runs.</summary>
/// <param name="Tool">"perf", or the instruction profiler ("callgrind").</param>
/// <param name="Event">What was sampled or counted ("cpu-clock", "Ir").</param>
/// <param name="CallGraph">How perf walked the stacks ("-g (frame pointers)"); empty for an instruction profile.</param>
/// <param name="Total">The samples (perf) or instructions (callgrind) summed over every run.</param>
public sealed record ProfileMethod(string Tool, string Event, string CallGraph, double Total, int Runs)
{
    /// <summary>
    /// Whether its samples land after the instruction that was running (skid): a timer (cpu-clock) or a hardware event
    /// without the precise modifier (<c>:p</c>) interrupts a few instructions late, so a hot instruction's cost may be
    /// the one before it. Callgrind's counts are exact.
    /// </summary>
    public bool Skids => Tool == "perf" && !Event.Contains(":p", StringComparison.Ordinal);

    public static ProfileMethod Of(Profile profile) => new(profile.Tool, profile.Event, profile.CallGraph, profile.Total, profile.Runs);
}
