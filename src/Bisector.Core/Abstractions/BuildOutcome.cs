namespace Bisector.Core.Abstractions;

public enum BuildKind
{
    /// <summary>Found in the artifact cache: nothing was built.</summary>
    Cached,

    /// <summary>make on top of the previous build in the worktree.</summary>
    Incremental,

    /// <summary>From scratch, after the clean commands.</summary>
    Clean,
}

/// <summary>A build's result: a commit that does not build is a normal outcome, not an exception.</summary>
public sealed record BuildOutcome(bool Success, BuildKind Kind, string ArtifactDirectory, string WorktreeDirectory, double Seconds, string LogPath, string? Error)
{
    /// <summary>Why this kind of build: "the first build in this checkout", "configure changed since 1a2b3c4d5e", "on top of ...", "found in the artifact cache".</summary>
    public string? Reason { get; init; }

    /// <summary>The cluster node it was built on, or null for this machine.</summary>
    public string? Host { get; init; }

    public static BuildOutcome Failure(BuildKind kind, double seconds, string logPath, string error) =>
        new(false, kind, string.Empty, string.Empty, seconds, logPath, error);
}
