using Bisector.Cli.Hosting;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Reporting;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector compare A B</c>: measure two revisions with the statistics of run, count their instructions, explain the difference.</summary>
internal static class CompareCommand
{
    public static Task<int> ExecuteAsync(CompareOptions options, TextWriter output, CancellationToken cancellationToken) =>
        CliHost.RunAsync(options.Host, options.Reproduce, output, host => CompareAsync(host, options, cancellationToken), cancellationToken);

    private static async Task<int> CompareAsync(CliHost host, CompareOptions options, CancellationToken cancellationToken)
    {
        using var setup = await host.PrepareAsync(options.Candidate, cancellationToken).ConfigureAwait(false);
        setup.RequireSupported();
        setup.Announce($"compare {options.Baseline} with {options.Candidate}");
        var builder = setup.OpenBuilder();
        var progress = host.Progress(setup.Benchmark.Unit);
        var result = await setup.Session(builder, progress).CompareAsync(setup.Request(options.Baseline, options.Candidate) with { Layouts = options.Layouts ?? 1 }, cancellationToken).ConfigureAwait(false);
        if (result is { Status: BisectStatus.Compared, Good: { } baseline, Bad: { } candidate, Change: { } change } && options.Explain)
        {
            result = await Explaining.ExplainAsync(result, setup, builder, progress, baseline.Commit, candidate.Commit, change, cancellationToken).ConfigureAwait(false);
        }

        result = await setup.DescribedAsync(result, options.Reproduce).ConfigureAwait(false);
        return await host.FinishAsync(result, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
    }
}
