using Bisector.Cli.Hosting;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Building;
using Bisector.Execution.Journal;
using Bisector.Execution.Processes;
using Bisector.Git.Checkout;
using Bisector.Git.History;
using Bisector.Reporting;
using Serilog;

namespace Bisector.Cli.Commands;

/// <summary>The composition root of <c>bisector run</c>: wires adapters to the session and maps the result to an exit code.</summary>
internal static class RunCommand
{
    public static async Task<int> ExecuteAsync(RunOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        GitCommitGraph graph;
        try
        {
            graph = GitCommitGraph.Open(options.Repo);
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"bisector: {ex.Message}").ConfigureAwait(false);
            return (int)ExitCodes.Usage;
        }

        using (graph)
        {
            return await ExecuteAsync(options, graph, output, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ExecuteAsync(RunOptions options, GitCommitGraph graph, TextWriter output, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.Now;
        var workDirectory = new WorkDirectory(options.WorkDir ?? WorkDirectory.DefaultFor(graph.RootDirectory));
        var logPath = workDirectory.NewLogPath(started);
        await using var log = Logging.Create(options.Verbosity, logPath);
        try
        {
            var bad = graph.Resolve(options.Bad);
            var config = ConfigLocator.Locate(options.Config, graph, bad.Sha);
            var benchmark = config.Benchmark(options.Benchmark);
            if (options.Metric is { } metricName)
            {
                var metric = Core.Configuration.ConfigLoader.ParseMetric(metricName)
                    ?? throw new UsageException($"--metric {metricName}: not a metric; use one of wall-time, cpu-time, instructions, callgrind, output");
                benchmark = benchmark with { Metric = metric, Unit = metric == benchmark.Metric ? benchmark.Unit : Core.Configuration.ConfigLoader.DefaultUnit(metric) };
            }

            var statistics = config.Statistics with { Direction = options.Direction == "faster" ? Direction.Faster : Direction.Slower };
            if (options.MaxSamples is { } max)
            {
                statistics = statistics.WithMaxSamples(max);
            }

            if (options.ThresholdPercent is { } threshold)
            {
                statistics = statistics with { ThresholdPercent = threshold };
            }

            var timingPath = workDirectory.Timing(config.Name, benchmark.Name, Core.Configuration.ConfigLoader.MetricName(benchmark.Metric));
            var processes = new ProcessRunner();
            var tools = await MachineTools.DetectAsync(processes, cancellationToken).ConfigureAwait(false);
            var (cpu, pinning) = CpuPinning.Choose(options.Cpu ?? benchmark.Cpu, tools.Taskset);
            benchmark = benchmark with { Cpu = cpu };
            var runner = new CommandBenchmarkRunner(benchmark, processes, tools, workDirectory.Scratch, log) { WaitForQuiet = options.WaitForQuiet };
            var buildKey = await BuildKey.ComputeAsync(config.Build, processes, cancellationToken).ConfigureAwait(false);
            var journalPath = workDirectory.Journal(MeasurementKey.Of(config.Name, buildKey, benchmark, runner.MetricDescription));
            if (options.DryRun)
            {
                return DryRun.Print(output, graph, options, config, benchmark, statistics, buildKey.DirectoryIn(workDirectory.Artifacts), timingPath, journalPath);
            }

            if (runner.Unsupported() is { } problem)
            {
                throw new UsageException($"{config.SourcePath}: benchmarks.{benchmark.Name}.metric: {problem}.");
            }

            output.WriteLine($"Bisector: {options.Good}..{options.Bad} in {graph.RootDirectory}");
            output.WriteLine($"   config {config.SourcePath}, benchmark {benchmark.Name}, metric {runner.MetricDescription}, work dir {workDirectory.Root}");
            output.WriteLine($"   samples {pinning}; each verdict compares runs taken back to back");
            log.Information("Build key {BuildKey}, journal {Journal}", buildKey.Hash, journalPath);
            using var checkout = PrivateCheckout.Open(graph.ObjectsDirectory, workDirectory.Checkout(config.Name));
            var builder = new CachingBuilder(config.Build, buildKey, checkout, workDirectory.Artifacts, processes, log);
            var journal = new JsonlJournal(journalPath);
            var progress = new ConsoleProgress(output, log, benchmark.Unit);
            var session = new BisectSession(graph, builder, runner, journal, new VerdictEngine(statistics), progress,
                InstructionProbes.For(benchmark, tools, processes, workDirectory.Scratch, log));
            var request = new BisectRequest(options.Good, options.Bad, benchmark.Name, runner.MetricDescription, benchmark.Unit);

            var result = await session.RunAsync(request, cancellationToken).ConfigureAwait(false);
            DryRun.RecordSecondsPerSample(timingPath, result.BenchmarkSeconds, result.SamplesTaken);
            var reportDirectory = options.ReportDir ?? workDirectory.NewReportDirectory(started, benchmark.Name);
            await WriteReportsAsync(result, reportDirectory).ConfigureAwait(false);
            PrintSummary(output, result, reportDirectory, logPath);
            log.Information("Finished with {Status}", result.Status);
            return (int)(result.Status switch
            {
                BisectStatus.CulpritFound => ExitCodes.CulpritFound,
                BisectStatus.NoRegression => ExitCodes.NoRegression,
                BisectStatus.Ambiguous => ExitCodes.Ambiguous,
                BisectStatus.Inconclusive => ExitCodes.Inconclusive,
                _ => ExitCodes.Interrupted,
            });
        }
        catch (UsageException ex)
        {
            Logging.FileOnly(log).Error("{Problem}", ex.Message);
            await Console.Error.WriteLineAsync($"bisector: {ex.Message}").ConfigureAwait(false);
            return (int)ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"bisector: interrupted; what was done is saved in {workDirectory.Root}. Run the same command again to resume.").ConfigureAwait(false);
            return (int)ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            Logging.FileOnly(log).Fatal(ex, "Run failed");
            await Console.Error.WriteLineAsync($"bisector: {ex.Message}\n   details in the log: {logPath}").ConfigureAwait(false);
            return (int)ExitCodes.Failure;
        }
    }

    private static async Task WriteReportsAsync(BisectResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, ReportNames.JsonFile), JsonReportWriter.Render(result)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, ReportNames.MarkdownFile), MarkdownReportWriter.Render(result)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, ReportNames.HtmlFile), HtmlReportWriter.Render(result)).ConfigureAwait(false);
    }

    private static void PrintSummary(TextWriter output, BisectResult result, string reportDirectory, string logPath)
    {
        output.WriteLine();
        output.WriteLine(ReportText.Headline(result));
        if (result.Culprit is { } culprit)
        {
            output.WriteLine($"   {culprit.Sha}");
            output.WriteLine($"   {culprit.Author}, {culprit.Date:yyyy-MM-dd}");
        }

        foreach (var candidate in result.Status == BisectStatus.Ambiguous ? result.Candidates : [])
        {
            output.WriteLine($"   candidate {candidate.Sha} {candidate.Subject}");
        }

        if (result.Change is { } change)
        {
            output.WriteLine($"   good {change.BaselineMedian:G5} -> bad {change.RegressedMedian:G5} {result.Request.Unit} ({change.ShiftPercent:+0.0;-0.0;0.0}%, p {change.PValue:G3})");
        }

        if (result.Endpoints is { } noise)
        {
            output.WriteLine($"   {ReportText.Sensitivity(noise)}");
        }

        if (result.Instructions is { } instructions)
        {
            output.WriteLine($"   {ReportNames.Finding(instructions.Finding)}: {instructions.Explanation}");
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"   {note}");
        }

        output.WriteLine($"   {ReportText.Totals(result)}");
        output.WriteLine($"Reports: {Path.Combine(reportDirectory, ReportNames.JsonFile)}");
        output.WriteLine($"         {Path.Combine(reportDirectory, ReportNames.MarkdownFile)}");
        output.WriteLine($"         {Path.Combine(reportDirectory, ReportNames.HtmlFile)}");
        output.WriteLine($"Log:     {logPath}");
    }
}
