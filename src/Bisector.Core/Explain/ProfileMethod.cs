namespace Bisector.Core.Explain;

/// <summary>How a profile was taken: its tool and event, how stacks were walked, and how much it summed over how many runs.</summary>
/// <param name="Tool">"perf", or the instruction profiler ("callgrind").</param>
/// <param name="Event">What was sampled or counted ("cpu-clock", "Ir").</param>
/// <param name="CallGraph">How perf walked the stacks ("-g (frame pointers)"); empty for an instruction profile.</param>
/// <param name="Total">The samples (perf) or instructions (callgrind) summed over every run.</param>
public sealed record ProfileMethod(string Tool, string Event, string CallGraph, double Total, int Runs)
{
    public static ProfileMethod Of(Profile profile) => new(profile.Tool, profile.Event, profile.CallGraph, profile.Total, profile.Runs);
}
