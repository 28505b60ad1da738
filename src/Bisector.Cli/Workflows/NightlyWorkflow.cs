using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Domain;
using Bisector.Core.Nightly;
using Bisector.History;
using Bisector.Reporting.Nightly;

namespace Bisector.Cli.Workflows;

/// <summary>
/// A night of a resolved branch head: record the commits that arrived, measure each benchmark, bisect each new
/// regression once however many benchmarks it moved (<see cref="NightResolver"/>), write the night's report and answer with its alerts.
/// </summary>
internal static class NightlyWorkflow
{
    public static async Task<int> RunAsync(CliHost host, NightlyOptions options, CommitInfo head, CommitInfo? since, CancellationToken cancellationToken)
    {
        var databasePath = Path.GetFullPath(options.Database ?? host.WorkDirectory.History);
        WriteFailure.CreateDirectory(Path.GetDirectoryName(databasePath)!, options.Database is null ? "--work-dir" : "--db");
        using var database = HistoryDatabase.Open(databasePath, options.Reproduce, options.WaitForLock);
        var started = DateTimeOffset.Now;
        var night = database.BeginNight(options.Branch, head.Sha, started);
        var arrived = BranchLine.Arrived(host.Graph, options.Branch, database.Commits(options.Branch), head, since, NightlyOptions.DefaultFirstNightCommits);
        database.AddCommits(options.Branch, arrived);
        var line = database.Commits(options.Branch);
        var directory = options.Host.ReportDir ?? host.WorkDirectory.NewNightDirectory(started, options.Branch);
        host.Output.WriteLine($"Bisector nightly: {options.Branch} at {head.ShortSha} in {host.Graph.RootDirectory}, {arrived.Count} new commits, history {databasePath}");

        var reportedThrough = database.LastFinishedNight(options.Branch)?.Id ?? 0;
        var jobs = new List<NightlyBenchmark>();
        var found = new List<NightStep>();
        foreach (var name in await BenchmarkNamesAsync(host, options, head.Sha, cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(new NightlyBenchmark(host, options, database, night.Id, line));
            found.AddRange(await jobs[^1].MeasureAsync(name, head, cancellationToken).ConfigureAwait(false));
        }

        // Every benchmark's steps at once: benchmarks that moved at one commit cost one bisection and are one regression.
        var resolver = new NightResolver(database, night.Id, reportedThrough, NightlyBenchmark.Positions(line), new NightlyBisector(host, options, directory));
        await resolver.ResolveAsync(found, cancellationToken).ConfigureAwait(false);
        var benchmarks = jobs.Select(j => j.View(reportedThrough)).ToArray();

        var report = new NightReport(options.Branch, head.Sha, started, DateTimeOffset.Now, databasePath, arrived.Count, benchmarks) { Bisections = resolver.Bisections, Checks = resolver.Checks };
        await NightReportFiles.WriteAsync(directory, options.Host.ReportDir is null ? "--work-dir" : "--report-dir", report).ConfigureAwait(false);
        database.FinishNight(night.Id, report.Finished);
        NightTerminal.Write(host.Output, report, directory);
        return ExitCodeMapping.OfNight(report.Alerts.Count);
    }

    /// <summary>The benchmarks named with --benchmark, else every benchmark of the config at the branch's head.</summary>
    private static async Task<IReadOnlyList<string>> BenchmarkNamesAsync(CliHost host, NightlyOptions options, string headSha, CancellationToken cancellationToken)
    {
        using var setup = await host.PrepareAsync(options.Host, headSha, cancellationToken).ConfigureAwait(false);
        foreach (var name in options.Benchmarks)
        {
            setup.Config.Benchmark(name);
        }

        return options.Benchmarks.Count > 0 ? options.Benchmarks : [.. setup.Config.Benchmarks.Keys];
    }
}
