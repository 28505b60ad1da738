namespace Bisector.Core.Nightly;

/// <summary>Why a night could not measure a commit: it did not build, or its benchmark failed.</summary>
/// <param name="Built">False when the build failed; true when the build was fine and the benchmark failed.</param>
/// <param name="Error">The build's or the benchmark's own error.</param>
/// <param name="LogPath">The build log, for a build that failed.</param>
public sealed record NotMeasured(bool Built, string Error, string? LogPath);
