namespace Bisector.Core.Findings;

/// <summary>A profile this machine could not take (<paramref name="Instructions"/>: the instruction profile, else the time profile), and why, as the profiler said it.</summary>
public sealed record ProfileUnavailable(bool Instructions, string Reason) : Finding;
