namespace Bisector.Core.Findings;

/// <summary>A step's commit does not build; <paramref name="LogPath"/> is the build's log, where the step names it.</summary>
public sealed record BuildFailed(string? Error, string? LogPath) : Finding;
