using System.Diagnostics;
using Bisector.Cli.Commands;
using Bisector.Cli.Hosting;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Session;

namespace Bisector.Cli.Workflows;

/// <summary><c>profile</c> of a resolved pair: build both, then the profiles and the machine-code comparison alone.</summary>
internal static class ProfileWorkflow
{
    public static async Task<int> ProfileAsync(CliHost host, ProfileOptions options, ProfilePair pair, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (revision, versus) = (pair.Revision, pair.Versus);
        using var setup = await host.PrepareAsync(options.Host, revision, cancellationToken).ConfigureAwait(false);
        setup.Announce($"profile {options.Revision} against {versus.Rev}");
        var builder = setup.OpenBuilder();
        var progress = host.Progress(setup.Benchmark.Unit);
        var builds = 0;
        foreach (var side in new[] { versus, revision })
        {
            var build = await builder.BuildAsync(side.Commit, cancellationToken).ConfigureAwait(false);
            progress.Built(side.Commit, build);
            builds += build.Kind == BuildKind.Cached ? 0 : 1;
            if (!build.Success)
            {
                throw new UsageException($"{side.Rev} ({side.Commit.ShortSha}) does not build: {build.Error}. See {build.LogPath}.");
            }
        }

        var explanation = await setup.Explainer(builder, progress).ExplainAsync(revision.Commit, versus.Commit, null, cancellationToken).ConfigureAwait(false);
        var revert = pair.RevertAt is { } at
            ? await setup.Session(builder, progress).RevertAtAsync(revision.Commit, versus.Commit, at, cancellationToken).ConfigureAwait(false)
            : null;
        var result = new BisectResult(BisectStatus.Profiled, setup.Request(versus.Rev, options.Revision), versus, revision, null, [], null, null, [], 0, builds, clock.Elapsed, [])
        {
            Explanation = explanation,
            RevertCheck = revert,
        };
        result = await setup.DescribedAsync(result, options.Reproduce).ConfigureAwait(false);
        return await host.FinishAsync(result, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
    }
}
