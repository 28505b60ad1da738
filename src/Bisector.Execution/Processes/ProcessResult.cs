namespace Bisector.Execution.Processes;

/// <summary>How a child process ended. A non-zero exit or a timeout is a value, not an exception.</summary>
public sealed record ProcessResult(int ExitCode, bool TimedOut, TimeSpan Duration, string StandardOutput, string StandardError)
{
    public bool Success => ExitCode == 0 && !TimedOut;

    /// <summary>The machine it ran on when not this one (a cluster node), else null.</summary>
    public string? Host { get; init; }
}
