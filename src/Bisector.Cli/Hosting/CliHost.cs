using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Git.History;
using Bisector.Reporting;
using Bisector.Reporting.Document;
using Bisector.Reporting.Text;
using Serilog;

namespace Bisector.Cli.Hosting;

/// <summary>
/// What every command shares: the repository, the work dir, the per-run log, and the one mapping from failures to
/// exit codes. A command is a function of the host; it asks the host for the measuring setup it needs.
/// </summary>
internal sealed class CliHost
{
    private readonly LiveStatus? _status;

    private CliHost(HostOptions options, string rerun, GitCommitGraph graph, WorkDirectory workDirectory, ILogger log, string logPath, DateTimeOffset started, TextWriter output, LiveStatus? status)
    {
        _status = status;
        Options = options;
        Rerun = rerun;
        Graph = graph;
        WorkDirectory = workDirectory;
        Log = log;
        LogPath = logPath;
        Started = started;
        Output = output;
    }

    public HostOptions Options { get; }

    /// <summary>The command line that repeats this command and, after an interrupt, resumes it.</summary>
    public string Rerun { get; }

    /// <summary>What an interrupted command says, once on stderr and as a note in its report.</summary>
    public string ResumeHint => LowerFirst(FindingText.Describe(Resume));

    /// <summary>The finding an interrupted command's report ends with: where its work is saved and how to resume it.</summary>
    private Core.Findings.ResumeHint Resume => new(WorkDirectory.Root, Rerun);

    public GitCommitGraph Graph { get; }

    public WorkDirectory WorkDirectory { get; }

    public ILogger Log { get; }

    public string LogPath { get; }

    public DateTimeOffset Started { get; }

    /// <summary>stdout: progress, the verdict and the report paths.</summary>
    public TextWriter Output { get; }

    /// <summary>
    /// Opens the repository and the work dir, runs the command, and turns what escapes it into an exit code, said once on
    /// stderr. <paramref name="rerun"/> is the command line that repeats it (the resume command after an interrupt).
    /// </summary>
    public static Task<int> RunAsync(HostOptions options, string rerun, TextWriter output, Func<CliHost, Task<int>> command, CancellationToken cancellationToken) =>
        RunAsync(options, rerun, output, graph => graph, (host, _) => command(host), cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(HostOptions, string, TextWriter, Func{CliHost, Task{int}}, CancellationToken)"/>,
    /// with the command's revisions resolved once by <paramref name="resolve"/> before the work dir and the log are touched
    /// (a revision that does not resolve leaves nothing behind) and handed to the command as they are.
    /// </summary>
    public static async Task<int> RunAsync<TResolved>(
        HostOptions options, string rerun, TextWriter output, Func<GitCommitGraph, TResolved> resolve, Func<CliHost, TResolved, Task<int>> command, CancellationToken cancellationToken)
    {
        GitCommitGraph graph;
        try
        {
            graph = GitCommitGraph.Open(options.Repo);
        }
        catch (UsageException ex)
        {
            return await UsageErrorAsync(ex).ConfigureAwait(false);
        }

        using (graph)
        {
            TResolved resolved;
            try
            {
                resolved = resolve(graph);
            }
            catch (UsageException ex)
            {
                return await UsageErrorAsync(ex).ConfigureAwait(false);
            }

            var started = DateTimeOffset.Now;
            var workDirectory = new WorkDirectory(options.WorkDir ?? WorkDirectory.DefaultFor(graph.RootDirectory));
            var logPath = workDirectory.NewLogPath(started);
            // On a terminal, a status line says what is being done now; stdout and stderr (log lines too) write above it.
            var status = LiveStatus.IsSupported ? new LiveStatus(output) : null;
            var standardError = Console.Error;
            if (status is not null)
            {
                output = new LiveStatusWriter(output, status);
                Console.SetError(new LiveStatusWriter(standardError, status));
            }

            try
            {
                WriteFailure.CreateDirectory(workDirectory.Root, "--work-dir");
                WriteFailure.Probe(workDirectory.Root, "--work-dir");
                if (options.ReportDir is not null)
                {
                    WriteFailure.Probe(options.ReportDir, "--report-dir");
                }

                await using var log = Logging.Create(options.Verbosity, logPath);
                var host = new CliHost(options, rerun, graph, workDirectory, log, logPath, started, output, status);
                try
                {
                    return await command(host, resolved).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await Console.Error.WriteLineAsync($"bisector: interrupted; {host.ResumeHint}").ConfigureAwait(false);
                    return ExitCodeMapping.Interrupted;
                }
                catch (Exception ex) when (Refusal(ex, workDirectory.Root, options.ReportDir) is { } problem)
                {
                    // A usage refusal is the whole story; anything else keeps its stack trace in the log.
                    Logging.FileOnly(log).Error(ex is UsageException ? null : ex, "{Problem}", problem);
                    return await RefuseAsync(problem).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    Logging.FileOnly(log).Fatal(ex, "Command failed");
                    await Console.Error.WriteLineAsync($"bisector: {ex.Message}\n   details in the log: {logPath}").ConfigureAwait(false);
                    return ExitCodeMapping.Failure;
                }
            }
            catch (UsageException ex)
            {
                // From opening the work dir and the log: one of them cannot be written.
                return await UsageErrorAsync(ex).ConfigureAwait(false);
            }
            finally
            {
                status?.Dispose();
                Console.SetError(standardError);

                // A command that logged nothing (a dry run) leaves no empty log behind.
                if (new FileInfo(logPath) is { Exists: true, Length: 0 } empty)
                {
                    empty.Delete();
                }
            }
        }
    }

    private static Task<int> UsageErrorAsync(UsageException ex) => RefuseAsync(UsageText.Describe(ex));

    /// <summary>
    /// Runs what a command does before there is a repository to open (the demo creating its sample): what the host would
    /// refuse (<see cref="Refusal"/>) is refused the same way and its exit code returned; null when it went through.
    /// </summary>
    public static async Task<int?> RefusedBeforeOpeningAsync(Action before, string workRoot)
    {
        try
        {
            before();
            return null;
        }
        catch (Exception ex) when (Refusal(ex, workRoot, null) is { } problem)
        {
            return await RefuseAsync(problem).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What the host refuses with the usage exit code: a refused command line, config or revision, or a folder under
    /// <paramref name="workRoot"/> or <paramref name="reportDir"/> that cannot be written; null for anything else (a failure).
    /// </summary>
    public static string? Refusal(Exception exception, string workRoot, string? reportDir) => exception is UsageException usage
        ? UsageText.Describe(usage)
        : WriteFailure.Describe(exception, workRoot, reportDir);

    /// <summary>Says on stderr what to fix and gives the usage exit code: the end of every refused command line, config or path.</summary>
    public static Task<int> RefuseAsync(string problem) => Task.FromResult(Refuse(Console.Error, problem));

    /// <summary>As <see cref="RefuseAsync(string)"/>, on <paramref name="error"/>: for the commands that open no repository (config).</summary>
    public static int Refuse(TextWriter error, string problem)
    {
        error.WriteLine($"bisector: {problem}");
        return ExitCodeMapping.Usage;
    }

    /// <summary>Progress lines on stdout, with a live status line below them when stdout is a terminal.</summary>
    public ConsoleProgress Progress(string unit) => new(Output, Log, unit, _status);

    /// <summary>Resolves the config for the revision the command is about, then the benchmark, its metric, pinning, builder and journal.</summary>
    public Task<BenchmarkSetup> PrepareAsync(string configRevision, CancellationToken cancellationToken) => PrepareAsync(Options, configRevision, cancellationToken);

    /// <summary>As <see cref="PrepareAsync(string, CancellationToken)"/>, with other measuring options (another metric) on the same repository and work dir.</summary>
    public Task<BenchmarkSetup> PrepareAsync(HostOptions options, string configRevision, CancellationToken cancellationToken) =>
        BenchmarkSetup.CreateAsync(this, options, Graph.Resolve(configRevision).Sha, cancellationToken);

    /// <summary>As <see cref="PrepareAsync(HostOptions, string, CancellationToken)"/>, with the config read at a revision resolved already.</summary>
    public Task<BenchmarkSetup> PrepareAsync(HostOptions options, ResolvedRevision configRevision, CancellationToken cancellationToken) =>
        BenchmarkSetup.CreateAsync(this, options, configRevision.Sha, cancellationToken);

    /// <summary>
    /// The end of every measuring command: the reports, the terminal summary, and the exit code. An interrupted command's
    /// report and stderr say how to resume it, with the exact command. <paramref name="explainedSteps"/> are the steps of
    /// the result's map explained against their parents, each written in a folder of its own that the report links.
    /// </summary>
    public async Task<int> FinishAsync(BisectResult result, bool interrupted, IReadOnlyList<BisectResult>? explainedSteps = null)
    {
        _status?.Set(null);
        interrupted |= result.Status == BisectStatus.Interrupted;
        if (interrupted)
        {
            result = result with { Notes = [.. result.Notes, Resume] };
        }

        var document = ReportDocument.Of(result, explainedSteps ?? []);
        var reportDirectory = await WriteReportsAsync(document).ConfigureAwait(false);
        TerminalSummary.Write(Output, document, reportDirectory, LogPath);
        if (MachineNotes.Any(result) && Execution.Machine.MachinePointer.First())
        {
            Output.WriteLine(Execution.Machine.MachinePointer.Line);
        }

        Log.Information("Finished with {Status}", result.Status);
        if (interrupted)
        {
            await Console.Error.WriteLineAsync($"bisector: interrupted; {ResumeHint}").ConfigureAwait(false);
        }

        return ExitCodeMapping.Of(result.Status, interrupted);
    }

    /// <summary>Writes every report file (<see cref="ReportExporters"/>) to <paramref name="directory"/>, else --report-dir or a new folder under the work dir, and returns the folder.</summary>
    public async Task<string> WriteReportsAsync(ReportDocument document, string? directory = null)
    {
        var chosen = directory is not null || Options.ReportDir is not null;
        directory ??= Options.ReportDir ?? WorkDirectory.NewReportDirectory(Started, document.Result.Request.Benchmark);
        WriteFailure.CreateDirectory(
            directory,
            chosen ? "--report-dir" : "--work-dir",
            chosen ? "the builds and samples are kept in the work dir, and a run with another --report-dir reuses them" : null);
        await ReportExporters.WriteAsync(document, directory, CancellationToken.None).ConfigureAwait(false);
        return directory;
    }

    private static string LowerFirst(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
