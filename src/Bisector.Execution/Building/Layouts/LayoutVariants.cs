using System.Diagnostics;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Execution.Processes;
using Serilog;

namespace Bisector.Execution.Building.Layouts;

/// <summary>
/// Layout variants: the same commit's build linked again with a pad in front of its code (<see cref="LayoutShim"/>), so that
/// a time can be taken over several places the code lands. Layout 0 is the build itself; a variant is keyed and cached
/// beside it (<c>SHA.layout-PAD</c>) and costs a link, not a compile.
/// </summary>
internal sealed class LayoutVariants(CachingBuilder builder, ICheckout checkout, IProcessRunner processes, ILogger log)
{
    /// <summary>Where the shim lives: beside the artifact cache, shared by every key's builds.</summary>
    private string ShimFolder => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(builder.CacheDirectory))!, "layout-shim");

    /// <summary>The folder of a commit's layout variant in the cache.</summary>
    public string Directory(CommitInfo commit, int layout) =>
        layout == 0 ? Path.Combine(builder.CacheDirectory, commit.Sha) : Path.Combine(builder.CacheDirectory, $"{commit.Sha}.layout-{LayoutShim.PadBytes(layout)}");

    /// <summary>The commit's build with its code moved by layout <paramref name="layout"/>'s pad; layout 0 is the build itself.</summary>
    public async Task<BuildOutcome> BuildAsync(CommitInfo commit, int layout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layout);
        var build = await builder.BuildAsync(commit, cancellationToken).ConfigureAwait(false);
        if (layout == 0 || !build.Success)
        {
            return build;
        }

        var artifactDirectory = Directory(commit, layout);
        if (builder.Cached(commit, artifactDirectory) is { } cached)
        {
            return cached;
        }

        using var held = await CheckoutLock.AcquireAsync(CheckoutLock.PathFor(checkout.Directory), builder.Waiting, cancellationToken).ConfigureAwait(false);
        if (builder.Cached(commit, artifactDirectory) is { } meanwhile)
        {
            return meanwhile;
        }

        return await builder.StagedAsync(commit, artifactDirectory, staging => RelinkIntoAsync(commit, layout, staging, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Links the commit again with the pad: its objects are built (again, from ccache, when the checkout moved on), its linked
    /// outputs removed, and the build commands run with the shim first on PATH. The linked outputs are removed once more
    /// afterwards, so the checkout's next build links them without the pad.
    /// </summary>
    private async Task<BuildOutcome> RelinkIntoAsync(CommitInfo commit, int layout, string staging, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(staging);
        var logPath = Path.Combine(staging, CachingBuilder.LogName);
        var stopwatch = Stopwatch.StartNew();
        var pad = LayoutShim.PadBytes(layout);
        await using var logFile = new StreamWriter(logPath, append: false) { AutoFlush = true };
        string? error = null;
        string? host = null;
        try
        {
            if (checkout.CurrentSha != commit.Sha)
            {
                var previous = checkout.CurrentSha;
                checkout.Checkout(commit.Sha);
                var (kind, _) = builder.ChooseKind(previous, commit.Sha);
                await logFile.WriteLineAsync($"# the checkout held {previous?[..10] ?? "nothing"}: building {commit.ShortSha} first").ConfigureAwait(false);
                (error, host) = await builder.RunCommandsAsync(runCleanCommands: kind == BuildKind.Clean && previous is not null, background: false, logFile, builder.BuildVariables, cancellationToken).ConfigureAwait(false);
            }

            if (error is null)
            {
                var removed = await LinkedOutputs.RemoveAsync(checkout.Directory, processes, cancellationToken).ConfigureAwait(false);
                await logFile.WriteLineAsync($"# layout {layout}: linking again with a {pad}-byte pad in front of the code (removed {string.Join(", ", removed)})").ConfigureAwait(false);
                var environment = LayoutShim.Environment(builder.BuildVariables, LayoutShim.Install(ShimFolder), layout);
                (error, host) = await builder.RunCommandsAsync(runCleanCommands: false, background: false, logFile, environment, cancellationToken).ConfigureAwait(false);
                error ??= builder.CopyArtifacts(staging);
            }
        }
        finally
        {
            // Whatever happened, no padded program stays in the checkout for the next build to pick up as its own.
            await LinkedOutputs.RemoveAsync(checkout.Directory, processes, CancellationToken.None).ConfigureAwait(false);
        }

        stopwatch.Stop();
        var outcome = (error is null
            ? new BuildOutcome(true, BuildKind.Incremental, staging, checkout.Directory, stopwatch.Elapsed.TotalSeconds, logPath, null)
            : BuildOutcome.Failure(BuildKind.Incremental, stopwatch.Elapsed.TotalSeconds, logPath, error)) with
        { Reason = $"layout {layout}: linked again with a {pad}-byte pad", Host = host };
        CachingBuilder.WriteMarker(staging, outcome);
        log.Information("Layout {Layout} of {Sha}: {Result} in {Seconds:0.0} s", layout, commit.ShortSha, error ?? "ok", stopwatch.Elapsed.TotalSeconds);
        return outcome;
    }
}
