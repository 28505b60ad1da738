using System.Diagnostics;
using System.Text;
using CliWrap;

namespace Bisector.Execution.Processes;

/// <summary>
/// Runs shell commands with CliWrap in a process group of their own, streaming output lines to a sink.
/// On timeout or cancellation the whole group gets SIGTERM, then SIGKILL after a grace period, so a
/// script's background children do not survive it.
/// </summary>
public sealed class ProcessRunner : IProcessRunner
{
    private static readonly TimeSpan s_grace = TimeSpan.FromSeconds(3);

    public async Task<ProcessResult> RunAsync(
        string command,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        Action<string>? onLine,
        CancellationToken cancellationToken)
    {
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var sync = new object();
        void Sink(StringBuilder buffer, string line)
        {
            lock (sync)
            {
                buffer.AppendLine(line);
                onLine?.Invoke(line);
            }
        }

        var cli = Cli.Wrap("setsid")
            .WithArguments(["bash", "-c", command])
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(environment.ToDictionary(kv => kv.Key, kv => (string?)kv.Value))
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => Sink(stdout, line)))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => Sink(stderr, line)))
            .WithValidation(CommandResultValidation.None);

        var stopwatch = Stopwatch.StartNew();
        using var forceful = new CancellationTokenSource();
        var task = cli.ExecuteAsync(forceful.Token);
        var pid = task.ProcessId;
        using var timeoutSource = new CancellationTokenSource(timeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        await using var registration = stop.Token.Register(() => _ = StopGroupAsync(pid, task, forceful)).ConfigureAwait(false);

        CommandResult result;
        try
        {
            result = await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            result = new CommandResult(-1, DateTimeOffset.Now, DateTimeOffset.Now);
        }

        stopwatch.Stop();
        cancellationToken.ThrowIfCancellationRequested();
        var timedOut = timeoutSource.IsCancellationRequested;
        return new ProcessResult(timedOut ? -1 : result.ExitCode, timedOut, stopwatch.Elapsed, stdout.ToString(), stderr.ToString());
    }

    private static async Task StopGroupAsync(int pid, Task task, CancellationTokenSource forceful)
    {
        ProcessGroup.Signal(pid, ProcessGroup.SigTerm);
        if (await Task.WhenAny(task, Task.Delay(s_grace)).ConfigureAwait(false) != task)
        {
            ProcessGroup.Signal(pid, ProcessGroup.SigKill);
            await forceful.CancelAsync().ConfigureAwait(false);
        }
    }
}
