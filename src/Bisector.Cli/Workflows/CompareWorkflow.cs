using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Cli.Workflows;

/// <summary><c>compare</c> of two resolved revisions: measure them with the statistics of run, count their instructions, explain the difference.</summary>
internal static class CompareWorkflow
{
    public static async Task<int> CompareAsync(CliHost host, CompareOptions options, ResolvedRevision baseline, ResolvedRevision candidate, CancellationToken cancellationToken)
    {
        using var setup = await host.PrepareAsync(options.Host, candidate, cancellationToken).ConfigureAwait(false);
        setup.RequireSupported();
        setup.Announce($"compare {options.Baseline} with {options.Candidate}");
        var builder = setup.OpenBuilder();
        var progress = host.Progress(setup.Benchmark.Unit);
        var result = await setup.Session(builder, progress).CompareAsync(setup.Request(options.Baseline, options.Candidate) with { Layouts = options.Layouts }, baseline, candidate, cancellationToken).ConfigureAwait(false);
        if (result is { Status: BisectStatus.Compared, Good: { } measuredBaseline, Bad: { } measuredCandidate, Change: { } change } && options.Explain)
        {
            result = await Explaining.ExplainAsync(result, setup, builder, progress, measuredBaseline.Commit, measuredCandidate.Commit, change, cancellationToken).ConfigureAwait(false);
        }

        result = await setup.DescribedAsync(result, options.Reproduce).ConfigureAwait(false);
        return await host.FinishAsync(result, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
    }
}
