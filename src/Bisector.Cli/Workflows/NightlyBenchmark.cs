using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Nightly;
using Bisector.Core.Session;
using Bisector.Execution.Benchmarks;
using Bisector.Reporting;
using Bisector.Reporting.Nightly;

namespace Bisector.Cli.Workflows;

/// <summary>One benchmark's night: plan, measure, find the steps, bisect each new regression, record what became of each.</summary>
internal sealed class NightlyBenchmark(CliHost host, NightlyOptions options, IHistoryStore store, long night, IReadOnlyList<HistoryCommit> line, string nightDirectory)
{
    public async Task<NightBenchmark> RunAsync(string benchmark, CommitInfo head, CancellationToken cancellationToken)
    {
        var hostOptions = options.Host with { Benchmark = benchmark };
        HistorySeries series;
        NightMeasurement measurement;
        string unit;
        double threshold;
        using (var setup = await host.PrepareAsync(hostOptions, head.Sha, cancellationToken).ConfigureAwait(false))
        {
            setup.RequireSupported();
            series = new HistorySeries(options.Branch, benchmark, setup.MeasurementKey.Metric, setup.MeasurementKey.Hash, MachineFingerprint.OfThisMachine());
            unit = setup.Benchmark.Unit;
            threshold = setup.Statistics.ThresholdPercent;
            var samples = options.Samples ?? (setup.MeasurementKey.Metric == "callgrind" ? 3 : 5);
            var stored = store.Samples(series);
            var measured = line.Where(c => stored.TryGetValue(c.Sha, out var s) && s.Count >= samples).Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
            var unbuildable = line.Where(c => store.BuildFailure(setup.BuildKey.Hash, c.Sha) is not null).Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
            var tonight = NightPlan.Choose(line, measured, unbuildable, options.MaxCommits);
            host.Output.WriteLine($"== {benchmark} ({series.Metric}): measuring {tonight.Count} commits, {samples} samples each, in interleaved rounds ({setup.Pinning})");
            var sampler = new NightlySampler(setup.OpenBuilder(), setup.Runner, setup.OpenJournal(), store, host.Progress(unit));
            measurement = await sampler.MeasureAsync(series, night, setup.BuildKey.Hash, tonight.Select(c => host.Graph.Lookup(c.Sha)).ToArray(), samples, cancellationToken).ConfigureAwait(false);
        }

        var positions = line.ToDictionary(c => c.Sha, c => c.Position, StringComparer.Ordinal);
        var history = store.Samples(series);
        var steps = ChangePointFinder.Find(
            line.Where(c => history.ContainsKey(c.Sha)).Select(c => new MeasuredCommit(c.Sha, c.Position, history[c.Sha].Select(s => s.Value).ToArray())).ToArray(),
            threshold);
        // The recorded changes are read again for each step: the step before may just have been recorded.
        foreach (var step in steps.Where(s => !NightPolicy.IsKnown(s, store.Changes(series), positions)))
        {
            await RecordAsync(series, hostOptions, step, cancellationToken).ConfigureAwait(false);
        }

        return new NightBenchmark(
            // Bisections add no history samples (theirs stay in the journal until a night plans those commits), so the history read above is current.
            BenchmarkHistory.Of(series, unit, line, history, store.Changes(series), night),
            measurement.Commits.Select(c => c.ShortSha).ToArray(),
            measurement.Unbuildable.Select(u => u.Commit.ShortSha).ToArray(),
            measurement.SamplesTaken,
            measurement.SamplesReused);
    }

    /// <summary>An improvement is recorded as it is; a regression is bisected first (the same session and reports as <c>run</c>).</summary>
    private async Task RecordAsync(HistorySeries series, HostOptions hostOptions, HistoryStep step, CancellationToken cancellationToken)
    {
        if (!step.Rose)
        {
            store.AddChange(series, step.BeforeSha, step.AfterSha, step.ChangePercent, ChangeState.Improvement, night);
            return;
        }

        host.Output.WriteLine($"== {series.Benchmark}: {step.ChangePercent:+0.0;-0.0}% between {step.BeforeSha[..10]} and {step.AfterSha[..10]} ({ReportText.Commits(step.CommitsInRange)}): bisecting");
        // Twelve hex digits name a commit as surely as forty in any real repository, and read better in the progress and the report.
        var run = new RunOptions(step.BeforeSha[..12], step.AfterSha[..12], hostOptions) { Explain = options.Explain };
        var result = await RunWorkflow.BisectAsync(host, run, SearchRange.Plan(host.Graph, run.Good, run.Bad), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A nightly bisection is never a dry run.");
        if (result.Status == BisectStatus.Interrupted)
        {
            // Nothing is recorded: the next night finds the step again and resumes the bisection from the journal.
            cancellationToken.ThrowIfCancellationRequested();
        }

        var reportDirectory = await host.WriteReportsAsync(result, Path.Combine(nightDirectory, $"{series.Benchmark}-{step.AfterSha[..10]}")).ConfigureAwait(false);
        var state = NightPolicy.StateAfterBisection(result.Status, result.Verification?.Confirmed);
        var change = store.AddChange(series, step.BeforeSha, step.AfterSha, step.ChangePercent, state, night);
        store.UpdateChange(change.Id, state, result.Culprit?.Sha, reportDirectory);
    }
}
