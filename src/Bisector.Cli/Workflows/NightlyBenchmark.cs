using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Nightly;
using Bisector.Execution.Benchmarks;
using Bisector.Reporting.Nightly;

namespace Bisector.Cli.Workflows;

/// <summary>One benchmark's night: plan, measure, find the new steps; then, once every benchmark's steps are recorded, its view.</summary>
internal sealed class NightlyBenchmark(CliHost host, NightlyOptions options, IHistoryStore store, long night, IReadOnlyList<HistoryCommit> line)
{
    private HistorySeries? _series;
    private NightMeasurement? _measurement;
    private string _unit = "";

    /// <summary>Measures tonight's commits and returns the steps of the history that no recorded change covers.</summary>
    public async Task<IReadOnlyList<NightStep>> MeasureAsync(string benchmark, CommitInfo head, CancellationToken cancellationToken)
    {
        double threshold;
        using (var setup = await host.PrepareAsync(options.Host with { Benchmark = benchmark }, head.Sha, cancellationToken).ConfigureAwait(false))
        {
            setup.RequireSupported();
            _series = new HistorySeries(options.Branch, benchmark, setup.MeasurementKey.Metric, setup.MeasurementKey.Hash, MachineFingerprint.OfThisMachine());
            _unit = setup.Benchmark.Unit;
            threshold = setup.Statistics.ThresholdPercent;
            var samples = options.Samples ?? (setup.Benchmark.Metric.RepeatsExactly ? 3 : 5);
            var stored = store.Samples(_series);
            var measured = line.Where(c => stored.TryGetValue(c.Sha, out var s) && s.Count >= samples).Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
            var unbuildable = line.Where(c => store.BuildFailure(setup.BuildKey.Hash, c.Sha) is not null).Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
            var tonight = NightPlan.Choose(line, measured, unbuildable, options.MaxCommits);
            host.Output.WriteLine($"== {benchmark} ({_series.Metric}): measuring {Reporting.ReportText.Count(tonight.Count, "commit")}, {Reporting.ReportText.Count(samples, "sample")} each, in interleaved rounds ({setup.Pinning})");
            var sampler = new NightlySampler(setup.OpenBuilder(), setup.Runner, setup.OpenJournal(), store, host.Progress(_unit), NotMeasuredText.Describe);
            _measurement = await sampler.MeasureAsync(_series, night, setup.BuildKey.Hash, tonight.Select(c => host.Graph.Lookup(c.Sha)).ToArray(), samples, cancellationToken).ConfigureAwait(false);
        }

        var positions = Positions(line);
        var history = store.Samples(_series);
        var steps = ChangePointFinder.Find(
            line.Where(c => history.ContainsKey(c.Sha)).Select(c => new MeasuredCommit(c.Sha, c.Position, history[c.Sha].Select(s => s.Value).ToArray())).ToArray(),
            threshold);
        var changes = store.Changes(_series);
        return [.. steps.Where(s => !NightPolicy.IsKnown(s, changes, positions)).Select(s => new NightStep(_series, s, threshold))];
    }

    /// <summary>The benchmark's history and what tonight did, once the night's steps are recorded.</summary>
    /// <param name="reportedThrough">The last night of the branch that wrote its report: changes found since are tonight's news.</param>
    public NightBenchmark View(long reportedThrough)
    {
        var (series, measurement) = (_series!, _measurement!);
        return new NightBenchmark(
            // Bisections add no history samples (theirs stay in the journal until a night plans those commits).
            BenchmarkHistory.Of(series, _unit, line, store.Samples(series), store.Changes(series), reportedThrough),
            measurement.Commits.Select(c => c.ShortSha).ToArray(),
            measurement.Unbuildable.Select(u => u.Commit.ShortSha).ToArray(),
            measurement.SamplesTaken,
            measurement.SamplesReused);
    }

    public static IReadOnlyDictionary<string, int> Positions(IReadOnlyList<HistoryCommit> line) =>
        line.ToDictionary(c => c.Sha, c => c.Position, StringComparer.Ordinal);
}
