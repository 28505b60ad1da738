using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.History;
using Bisector.Reporting.Nightly;

namespace Bisector.Cli.Workflows;

/// <summary><c>history</c>: acknowledge a step when asked, then each benchmark's history with its steps, on the terminal and as one HTML page.</summary>
internal static class HistoryWorkflow
{
    public static async Task<int> ShowAsync(CliHost host, HistoryOptions options)
    {
        var databasePath = Path.GetFullPath(options.Database ?? host.WorkDirectory.History);
        // Before the database is read or written: the page's folder takes a file.
        var page = Path.GetFullPath(options.Output ?? Path.Combine(host.WorkDirectory.Root, "history.html"));
        WriteFailure.Probe(Path.GetDirectoryName(page)!, options.Output is null ? "--work-dir" : "--output");
        if (options.Acknowledge is { } id)
        {
            Acknowledge(host, databasePath, options, id);
        }

        using var database = HistoryDatabase.OpenReadOnly(databasePath);
        var histories = database.Series(options.Branch, options.Host.Benchmark)
            .Select(series => BenchmarkHistory.Of(series, Unit(series.Metric), database.Commits(series.Branch), database.Samples(series), database.Changes(series), reportedThrough: long.MaxValue))
            .ToArray();
        if (histories.Length == 0)
        {
            throw new UsageException(
                $"{databasePath} holds no history" + (options.Host.Benchmark is { } b ? $" of benchmark {b}" : "") + (options.Branch is { } br ? $" on branch {br}" : "") +
                ": run bisector nightly first, or check --benchmark and --branch.");
        }

        foreach (var history in histories)
        {
            HistoryTerminal.Write(host.Output, history);
            host.Output.WriteLine();
        }

        WriteFailure.CreateDirectory(Path.GetDirectoryName(page)!, options.Output is null ? "--work-dir" : "--output");
        await File.WriteAllTextAsync(page, HistoryHtml.Histories(histories)).ConfigureAwait(false);
        host.Output.WriteLine($"History chart: {page}");
        return ExitCodeMapping.Done;
    }

    /// <summary>Marks a step acknowledged (a write: it waits for no nightly job, it fails naming one that holds the database).</summary>
    private static void Acknowledge(CliHost host, string databasePath, HistoryOptions options, long id)
    {
        if (!File.Exists(databasePath))
        {
            throw new UsageException($"{databasePath} does not exist: bisector nightly creates it.");
        }

        using var database = HistoryDatabase.Open(databasePath, options.Reproduce);
        var step = database.Series(null, null).SelectMany(database.Changes).FirstOrDefault(c => c.Id == id)
            ?? throw new UsageException($"--acknowledge {id}: no step #{id} in {databasePath}; bisector history lists the steps with their numbers.");
        database.Acknowledge(id);
        host.Output.WriteLine($"Acknowledged step #{id} of {step.Series.Benchmark} on {step.Series.Branch} ({step.BeforeSha[..10]}..{step.AfterSha[..10]}, {step.ChangePercent:+0.0;-0.0}%)");
    }

    private static string Unit(string metric) => (Metric.TryParse(metric, out var known) ? known : Metric.WallTime).Unit;
}
