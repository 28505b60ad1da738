using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bisector.Core.Domain;
using Bisector.Execution.Benchmarks;
using Serilog;

namespace Bisector.Execution.Processes;

/// <summary>
/// Runs each command as a Slurm batch job: a script in the shared jobs folder goes to <c>sbatch</c>, <c>squeue</c> says
/// whether it waits, runs or has left the queue, and the script itself leaves its exit code, its own duration (timed on the node, so queue
/// time never enters a wall-time sample), its output and its node's name beside it; <c>sacct</c> (with accounting) or
/// <c>scontrol</c> explains a job that ended without them. Cancelling or a timeout calls <c>scancel</c>. The jobs folder and the command's working
/// directory must be on a file system the nodes share.
/// </summary>
public sealed class SlurmProcessRunner : IProcessRunner
{
    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>();
    private static readonly TimeSpan s_quick = TimeSpan.FromSeconds(30);
    private readonly ProcessRunner _local;
    private readonly string _jobsDirectory;
    private readonly ILogger _log;

    private SlurmProcessRunner(ProcessRunner local, string jobsDirectory, ILogger log)
    {
        _local = local;
        _jobsDirectory = jobsDirectory;
        _log = log;
    }

    /// <summary>The runner, once <c>sinfo</c> shows a cluster with a node up; else a usage error that says what is missing.</summary>
    public static async Task<SlurmProcessRunner> ConnectAsync(ProcessRunner local, string jobsDirectory, ILogger log, CancellationToken cancellationToken)
    {
        var sinfo = await local.RunAsync("sinfo -h -o '%D %t'", Path.GetTempPath(), s_none, s_quick, null, cancellationToken).ConfigureAwait(false);
        if (sinfo.ExitCode == 127)
        {
            throw new UsageException("--executor slurm: the Slurm commands (sbatch, squeue, sacct, scancel, sinfo) are not installed here: apt-get install slurm-client, or use --executor local.");
        }

        if (!sinfo.Success)
        {
            throw new UsageException($"--executor slurm: no Slurm cluster answers (sinfo: {sinfo.StandardError.Trim().Split('\n')[^1]}). Check SLURM_CONF and that slurmctld runs, or use --executor local.");
        }

        var states = sinfo.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!states.Any(line => line.Split(' ') is [_, var state] && (state.StartsWith("idle", StringComparison.Ordinal) || state.StartsWith("mix", StringComparison.Ordinal) || state.StartsWith("alloc", StringComparison.Ordinal))))
        {
            throw new UsageException($"--executor slurm: the cluster has no node up to run jobs (sinfo: {string.Join("; ", states)}). Start slurmd on a node, or use --executor local.");
        }

        Directory.CreateDirectory(jobsDirectory);
        log.Information("Slurm executor: jobs in {Directory}; nodes {Nodes}", jobsDirectory, string.Join("; ", states));
        return new SlurmProcessRunner(local, jobsDirectory, log);
    }

    public async Task<ProcessResult> RunAsync(
        string command,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        Action<string>? onLine,
        CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_jobsDirectory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..28]);
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "job.sh");
        await File.WriteAllTextAsync(script, Script(command, workingDirectory, environment, folder), cancellationToken).ConfigureAwait(false);
        var minutes = Math.Max(1, (int)Math.Ceiling(timeout.TotalMinutes) + 1);
        var submit = await _local.RunAsync(
            $"sbatch --parsable --job-name=bisector --time={minutes} --output={Shell.Quote(Path.Combine(folder, "slurm.out"))} {Shell.Quote(script)}",
            workingDirectory, s_none, s_quick, null, cancellationToken).ConfigureAwait(false);
        var jobId = submit.StandardOutput.Trim().Split(';')[0];
        if (!submit.Success || jobId.Length == 0)
        {
            return new ProcessResult(-1, false, TimeSpan.Zero, string.Empty, $"sbatch failed: {submit.StandardError.Trim()}");
        }

        _log.Debug("Slurm job {Job} runs {Command} in {Directory}", jobId, command, workingDirectory);
        var timedOut = false;
        try
        {
            timedOut = !await WaitAsync(jobId, Path.Combine(folder, "result"), timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await CancelAsync(jobId).ConfigureAwait(false);
            throw;
        }

        if (timedOut)
        {
            await CancelAsync(jobId).ConfigureAwait(false);
        }

        return await CollectAsync(jobId, folder, timedOut, onLine, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The job script: run the command where asked, with its variables, and leave what happened beside it.</summary>
    private static string Script(string command, string workingDirectory, IReadOnlyDictionary<string, string> environment, string folder)
    {
        var text = new StringBuilder();
        text.AppendLine("#!/bin/bash");
        text.AppendLine($"cd {Shell.Quote(workingDirectory)} || exit 97");
        foreach (var (name, value) in environment)
        {
            text.AppendLine($"export {name}={Shell.Quote(value)}");
        }

        var result = Shell.Quote(Path.Combine(folder, "result"));
        text.AppendLine($"hostname > {Shell.Quote(Path.Combine(folder, "host"))}");
        text.AppendLine("start=$(date +%s%N)");
        text.AppendLine($"bash -c {Shell.Quote(command)} > {Shell.Quote(Path.Combine(folder, "stdout"))} 2> {Shell.Quote(Path.Combine(folder, "stderr"))}");
        text.AppendLine("code=$?");
        text.AppendLine("end=$(date +%s%N)");
        text.AppendLine($"echo \"$code $((end - start))\" > {result}.tmp && mv {result}.tmp {result}");
        text.AppendLine("exit $code");
        return text.ToString();
    }

    /// <summary>
    /// Waits for the job: done when its result file appears (written last, by a rename), or when squeue no longer lists it
    /// (it ended without one: failed or cancelled). True, or false when it ran longer than <paramref name="timeout"/>.
    /// The file is looked at often, squeue (a process per look) twice a second.
    /// </summary>
    private async Task<bool> WaitAsync(string jobId, string resultPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var running = new Stopwatch();
        var waited = Stopwatch.StartNew();
        var nextSqueue = TimeSpan.Zero;
        while (!File.Exists(resultPath))
        {
            if (waited.Elapsed >= nextSqueue)
            {
                nextSqueue = waited.Elapsed + TimeSpan.FromMilliseconds(500);
                var squeue = await _local.RunAsync($"squeue -h -j {jobId} -o %T", Path.GetTempPath(), s_none, s_quick, null, cancellationToken).ConfigureAwait(false);
                var state = squeue.StandardOutput.Trim();
                if (state.Length == 0)
                {
                    // Gone from the queue (squeue fails once it has forgotten the id): finished, failed or cancelled.
                    return true;
                }

                if (state != "PENDING" && !running.IsRunning)
                {
                    running.Start();
                }

                if (running.Elapsed > timeout)
                {
                    return false;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(25), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task CancelAsync(string jobId)
    {
        _log.Information("Cancelling Slurm job {Job}", jobId);
        await _local.RunAsync($"scancel {jobId}", Path.GetTempPath(), s_none, s_quick, null, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The job's exit code, duration, output and node, as it left them; sacct's account of it when it left none.</summary>
    private async Task<ProcessResult> CollectAsync(string jobId, string folder, bool timedOut, Action<string>? onLine, CancellationToken cancellationToken)
    {
        string Read(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : string.Empty;
        var (stdout, stderr, host) = (Read("stdout"), Read("stderr"), Read("host").Trim());
        foreach (var line in (stdout + stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            onLine?.Invoke(line);
        }

        var result = Read("result").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!timedOut && result is [var code, var nanoseconds])
        {
            // What the job left is in the result now; a job that went wrong keeps its folder for a person to read.
            Directory.Delete(folder, recursive: true);
            return new ProcessResult(
                int.Parse(code, CultureInfo.InvariantCulture), false, TimeSpan.FromTicks(long.Parse(nanoseconds, CultureInfo.InvariantCulture) / 100), stdout, stderr)
            { Host = host.Length > 0 ? host : null };
        }

        var account = await AccountAsync(jobId, cancellationToken).ConfigureAwait(false);
        var why = timedOut ? "timed out and was cancelled" : $"ended without a result ({account}; {Read("slurm.out").Trim()})";
        return new ProcessResult(-1, timedOut, TimeSpan.Zero, stdout, $"{stderr}Slurm job {jobId} {why}") { Host = host.Length > 0 ? host : null };
    }

    /// <summary>
    /// What Slurm says of a finished job: sacct where the cluster keeps accounting (slurmdbd), else the controller's own
    /// record, which it keeps for MinJobAge seconds after the end.
    /// </summary>
    private async Task<string> AccountAsync(string jobId, CancellationToken cancellationToken)
    {
        var sacct = await _local.RunAsync($"sacct -n -P -X -j {jobId} -o State,ExitCode", Path.GetTempPath(), s_none, s_quick, null, cancellationToken).ConfigureAwait(false);
        if (sacct.Success && sacct.StandardOutput.Trim().Length > 0)
        {
            return $"sacct: {sacct.StandardOutput.Trim()}";
        }

        var scontrol = await _local.RunAsync($"scontrol -o show job {jobId}", Path.GetTempPath(), s_none, s_quick, null, cancellationToken).ConfigureAwait(false);
        var fields = scontrol.StandardOutput.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(field => field.StartsWith("JobState=", StringComparison.Ordinal) || field.StartsWith("Reason=", StringComparison.Ordinal) || field.StartsWith("ExitCode=", StringComparison.Ordinal));
        return scontrol.Success ? $"scontrol: {string.Join(' ', fields)}" : "Slurm keeps no record of it any more";
    }
}
