using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Cli.Workflows;

/// <summary>
/// <c>run</c> over a range planned once: bisect, explain the culprit (and every other step of a mapped range), and when time and the instruction count disagree,
/// bisect again by instructions (--also-instructions) or say the command that would; then the reports.
/// </summary>
internal static class RunWorkflow
{
    public static async Task<int> RunAsync(CliHost host, RunOptions options, SearchRange range, CancellationToken cancellationToken)
    {
        var outcome = await BisectAsync(host, options, range, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            return ExitCodeMapping.Done;
        }

        var (result, explainedSteps) = outcome;

        if (result.TimeVsInstructions is { Finding: TimeInstructionFinding.InstructionsOnly } disagreement
            && result.Status is BisectStatus.NoRegression or BisectStatus.Inconclusive
            && !cancellationToken.IsCancellationRequested)
        {
            var metric = disagreement.Instructions.Metric;
            var counting = CountingBy(metric);
            if (options.AlsoInstructions)
            {
                host.Output.WriteLine($"== Time shows no slowdown but the instruction count rose: bisecting by {metric} (--also-instructions), reusing every build");
                var byInstructions = await BisectAsync(host, counting, range, cancellationToken).ConfigureAwait(false);
                result = byInstructions!.Result with { TimeVsInstructions = disagreement };
                explainedSteps = byInstructions.ExplainedSteps;
            }
            else
            {
                result = result with
                {
                    Notes = [.. result.Notes, new InstructionSearchHint(counting.Reproduce)],
                };
            }
        }
        else if (result is { Status: BisectStatus.Inconclusive, Verification.Confirmed: false, TimeVsInstructions: { } endpoints })
        {
            // Time's search was misled or the change is spread: the exact command that asks the instruction count instead.
            result = result with { Notes = [.. result.Notes, new InstructionBisectHint(CountingBy(endpoints.Instructions.Metric).Reproduce)] };
        }

        return await host.FinishAsync(result, cancellationToken.IsCancellationRequested, explainedSteps).ConfigureAwait(false);

        RunOptions CountingBy(string metric) => options with { Host = options.Host with { Metric = Metric.Parse(metric) }, AlsoInstructions = false };
    }

    /// <summary>
    /// One bisection of <paramref name="range"/> with its explanation, environment and commands, and the other steps of its
    /// map explained each against its parent; null for a dry run, which only prints.
    /// </summary>
    public static async Task<BisectOutcome?> BisectAsync(CliHost host, RunOptions options, SearchRange range, CancellationToken cancellationToken)
    {
        using var setup = await host.PrepareAsync(options.Host, range.Bad, cancellationToken).ConfigureAwait(false);
        if (options.DryRun)
        {
            DryRun.Print(host.Output, host.Graph, range, options, setup.Config, setup.Benchmark, setup.Statistics, setup.ArtifactCache, setup.TimingPath, setup.JournalPath);
            return null;
        }

        setup.RequireSupported();
        setup.Announce($"{options.Good}..{options.Bad}");
        setup.AnnounceBuildAhead();
        var builder = setup.OpenBuilder();
        var progress = host.Progress(setup.Benchmark.Unit);
        var result = await setup.Session(builder, progress).RunAsync(setup.Request(options.Good, options.Bad) with { Probes = options.Probes, MapSteps = options.Map, Layouts = options.Layouts }, range, cancellationToken).ConfigureAwait(false);
        DryRun.RecordSecondsPerSample(setup.TimingPath, result.BenchmarkSeconds, result.SamplesTaken);
        if (result is { Status: BisectStatus.CulpritFound, Culprit: { } culprit, Verification: { } verification } && options.Explain)
        {
            result = await Explaining.ExplainAsync(result, setup, builder, progress, host.Graph.Lookup(verification.ParentSha), culprit, verification.Change, cancellationToken).ConfigureAwait(false);
        }

        var explainedSteps = options.Explain
            ? await StepExplaining.ExplainAsync(host, options, result, setup, builder, progress, cancellationToken).ConfigureAwait(false)
            : [];
        return new(await setup.DescribedAsync(result, options.Reproduce).ConfigureAwait(false), explainedSteps);
    }
}
