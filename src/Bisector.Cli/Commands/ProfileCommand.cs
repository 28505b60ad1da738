using System.Diagnostics;
using Bisector.Cli.Hosting;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Reporting;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector profile REV [--vs REV]</c>: the profiles and the machine-code comparison alone, for a commit already suspected.</summary>
internal static class ProfileCommand
{
    public static Task<int> ExecuteAsync(ProfileOptions options, TextWriter output, CancellationToken cancellationToken) =>
        CliHost.RunAsync(options.Host, options.Reproduce, output, host => ProfileAsync(host, options, cancellationToken), cancellationToken);

    private static async Task<int> ProfileAsync(CliHost host, ProfileOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var revision = host.Graph.Resolve(options.Revision);
        var versus = options.Versus is { } v
            ? host.Graph.Resolve(v)
            : revision.Commit.Parents.Count > 0
                ? new ResolvedRevision($"{options.Revision}^", host.Graph.Lookup(revision.Commit.Parents[0]))
                : throw new UsageException($"{options.Revision} ({revision.Commit.ShortSha}) has no parent: name the revision to profile it against with --vs REV.");

        using var setup = await host.PrepareAsync(revision.Sha, cancellationToken).ConfigureAwait(false);
        setup.Announce($"profile {options.Revision} against {versus.Rev}");
        var builder = setup.OpenBuilder();
        var progress = host.Progress(setup.Benchmark.Unit);
        var builds = 0;
        foreach (var side in new[] { versus, revision })
        {
            var build = await builder.BuildAsync(side.Commit, cancellationToken).ConfigureAwait(false);
            progress.Built(side.Commit, build);
            builds += build.Kind == Core.Abstractions.BuildKind.Cached ? 0 : 1;
            if (!build.Success)
            {
                throw new UsageException($"{side.Rev} ({side.Commit.ShortSha}) does not build: {build.Error}. See {build.LogPath}.");
            }
        }

        var explanation = await setup.Explainer(builder, progress).ExplainAsync(revision.Commit, versus.Commit, null, cancellationToken).ConfigureAwait(false);
        var revert = options.RevertAt is { } at
            ? await setup.Session(builder, progress).RevertAtAsync(revision.Commit, host.Graph.Resolve(at).Commit, cancellationToken).ConfigureAwait(false)
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
