namespace Bisector.Execution.Processes;

/// <summary>
/// Runs one shell command to its end: on this machine (<see cref="ProcessRunner"/>) or as a job on a cluster
/// (<see cref="SlurmProcessRunner"/>). The result's duration is the command's own, wherever it ran.
/// </summary>
public interface IProcessRunner
{
    Task<ProcessResult> RunAsync(
        string command,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        Action<string>? onLine,
        CancellationToken cancellationToken);
}
