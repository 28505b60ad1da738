using System.Diagnostics;
using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Processes;
using Serilog;

namespace Bisector.Execution.Building;

/// <summary>
/// Builds commits in one persistent private checkout: incremental make between steps (checkout rewrites only
/// changed files), a clean build when a configure input changed, and an artifact cache keyed by commit and
/// <see cref="BuildKey"/>, so a commit is never built twice, across runs too. Failed builds are cached as well.
/// Runs sharing a work dir take turns in the checkout (<see cref="CheckoutLock"/>), and each build appears in
/// the cache at once, complete, or not at all.
/// </summary>
/// <param name="ccacheDirectory">ccache's cache, shared by every work dir of the user (null: one beside the artifact cache).
/// The CCACHE_DIR of the environment wins over both.</param>
public sealed partial class CachingBuilder(BuildSettings settings, BuildKey key, ICheckout checkout, string cacheRoot, IProcessRunner processes, ILogger log, string? ccacheDirectory = null) : IBuilder, ILayoutBuilder
{
    private IReadOnlyDictionary<string, string>? _buildVariables;
    private readonly HashSet<string> _waitedFor = new(StringComparer.Ordinal);

    /// <summary>Folder of this build configuration's artifacts: one sub-folder per commit.</summary>
    public string CacheDirectory { get; } = key.DirectoryIn(cacheRoot);

    /// <summary>Where ccache keeps its cache for these builds, or null when ccache is off or not installed.</summary>
    public string? CcacheDirectory => BuildVariables.GetValueOrDefault("CCACHE_DIR");

    /// <summary>
    /// The folder of configure's caches (<see cref="ConfigureCache"/>), shared like the ccache; null for none. Used when
    /// the config's <c>configureCache</c> is on and no CONFIG_SITE is set.
    /// </summary>
    public string? ConfigureCacheDirectory { get; init; }

    /// <summary>
    /// The CPUs a background build may use (a taskset list: every CPU but the benchmark's), or null for any. Background
    /// builds also run at the lowest priority (nice 19).
    /// </summary>
    public string? BackgroundCpus { get; init; }

    public Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken) => BuildAsync(commit, background: false, cancellationToken);

    public Task<BuildOutcome> BuildInBackgroundAsync(CommitInfo commit, CancellationToken cancellationToken) => BuildAsync(commit, background: true, cancellationToken);

    /// <summary>The commit's build as the artifact cache holds it (a failure too), or null when it was never built.</summary>
    public BuildOutcome? FromCache(CommitInfo commit) => Cached(commit, Path.Combine(CacheDirectory, commit.Sha));

    private async Task<BuildOutcome> BuildAsync(CommitInfo commit, bool background, CancellationToken cancellationToken)
    {
        var artifactDirectory = Path.Combine(CacheDirectory, commit.Sha);
        if (Cached(commit, artifactDirectory) is { } cached)
        {
            return cached;
        }

        using var held = await CheckoutLock.AcquireAsync(CheckoutLock.PathFor(checkout.Directory), Waiting, cancellationToken).ConfigureAwait(false);

        // Another run may have built it while this one waited for the checkout.
        return Cached(commit, artifactDirectory) ?? await BuildLockedAsync(commit, artifactDirectory, background, cancellationToken).ConfigureAwait(false);
    }

    internal void Waiting(string holder)
    {
        if (_waitedFor.Add(holder))
        {
            log.Warning("Waiting for another run that is building in {Checkout}: {Holder:l}", checkout.Directory, holder);
        }
    }

    /// <summary>
    /// Builds in the checkout, fills a fresh folder beside the final one (artifacts, log, marker last) and
    /// renames it into place: a build is in the cache complete or not at all, and an interrupted one leaves nothing.
    /// </summary>
    private Task<BuildOutcome> BuildLockedAsync(CommitInfo commit, string artifactDirectory, bool background, CancellationToken cancellationToken) =>
        StagedAsync(commit, artifactDirectory, staging => BuildIntoAsync(commit, staging, background, cancellationToken));

    /// <summary>Fills a fresh staging folder with <paramref name="build"/> and publishes it as <paramref name="artifactDirectory"/>; the staging folder never stays.</summary>
    internal async Task<BuildOutcome> StagedAsync(CommitInfo commit, string artifactDirectory, Func<string, Task<BuildOutcome>> build)
    {
        var staging = Path.Combine(CacheDirectory, $".{Path.GetFileName(artifactDirectory)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var outcome = await build(staging).ConfigureAwait(false);
            return Publish(commit, staging, artifactDirectory) ?? Rebased(outcome, artifactDirectory) with { WorktreeDirectory = checkout.Directory };
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private async Task<BuildOutcome> BuildIntoAsync(CommitInfo commit, string staging, bool background, CancellationToken cancellationToken)
    {
        var previous = checkout.CurrentSha;
        checkout.Checkout(commit.Sha);
        var (kind, reason) = ChooseKind(previous, commit.Sha);
        Directory.CreateDirectory(staging);
        var logPath = Path.Combine(staging, LogName);
        var stopwatch = Stopwatch.StartNew();
        await using (var logFile = new StreamWriter(logPath, append: false) { AutoFlush = true })
        {
            log.Information("Building {Sha} ({Kind}{Background}) in {Worktree}", commit.ShortSha, kind, background ? ", ahead, at low priority" : "", checkout.Directory);
            var (error, host) = await RunCommandsAsync(runCleanCommands: kind == BuildKind.Clean && previous is not null, background, logFile, BuildVariables, cancellationToken).ConfigureAwait(false);
            error ??= CopyArtifacts(staging);
            stopwatch.Stop();
            var outcome = (error is null
                ? new BuildOutcome(true, kind, staging, checkout.Directory, stopwatch.Elapsed.TotalSeconds, logPath, null)
                : BuildOutcome.Failure(kind, stopwatch.Elapsed.TotalSeconds, logPath, error)) with
            { Reason = reason, Host = host };
            WriteMarker(staging, outcome);
            log.Information("Build of {Sha}: {Result} in {Seconds:0.0} s", commit.ShortSha, error ?? "ok", stopwatch.Elapsed.TotalSeconds);
            return outcome;
        }
    }

    /// <summary>The build commands in order (after the clean ones for a clean build): the first failure, or null; and the node they ran on.</summary>
    internal async Task<(string? Error, string? Host)> RunCommandsAsync(
        bool runCleanCommands, bool background, StreamWriter logFile, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var commands = runCleanCommands ? settings.CleanCommands.Concat(settings.Commands) : settings.Commands;
        var remaining = settings.Timeout;
        string? host = null;
        foreach (var command in commands.Select(Expand))
        {
            await logFile.WriteLineAsync($"$ {command}").ConfigureAwait(false);
            var run = background ? $"nice -n 19 {(BackgroundCpus is { } cpus ? $"taskset -c {cpus} " : "")}bash -c {Shell.Quote(command)}" : command;
            var result = await processes.RunAsync(run, checkout.Directory, environment, remaining, line => logFile.WriteLine(line), cancellationToken).ConfigureAwait(false);
            remaining -= result.Duration;
            host = result.Host;
            if (result.TimedOut)
            {
                return ($"'{command}' timed out after {settings.Timeout.TotalSeconds:0} s", host);
            }

            if (result.ExitCode != 0 && !settings.CleanCommands.Contains(command))
            {
                return ($"'{command}' exited with code {result.ExitCode}", host);
            }
        }

        return (null, host);
    }

    internal (BuildKind Kind, string Reason) ChooseKind(string? previous, string sha)
    {
        if (previous is null)
        {
            return (BuildKind.Clean, "the first build in this checkout");
        }

        if (settings.CleanWhenChanged.Count == 0 || previous == sha)
        {
            return (BuildKind.Incremental, $"on top of {previous[..Math.Min(10, previous.Length)]}");
        }

        var changed = checkout.ChangedPaths(previous, sha).Where(path => settings.CleanWhenChanged.Contains(path, StringComparer.Ordinal)).ToArray();
        return changed.Length > 0
            ? (BuildKind.Clean, $"{string.Join(", ", changed.Take(3))} changed since {previous[..Math.Min(10, previous.Length)]}")
            : (BuildKind.Incremental, $"on top of {previous[..Math.Min(10, previous.Length)]}");
    }

    internal string? CopyArtifacts(string artifactDirectory)
    {
        foreach (var artifact in settings.Artifacts)
        {
            var source = Path.Combine(checkout.Directory, artifact);
            var target = Path.Combine(artifactDirectory, artifact);
            if (File.Exists(source))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
            }
            else if (Directory.Exists(source))
            {
                CopyDirectory(source, target);
            }
            else
            {
                return $"the build succeeded but did not produce '{artifact}' (build.artifacts)";
            }
        }

        return null;
    }

    /// <summary>
    /// Copies the tree as the build left it, empty folders included: a folder can be what a program looks for (CPython
    /// finds its exec_prefix by the folder lib/pythonX.Y/lib-dynload above its binary, empty or not).
    /// </summary>
    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, folder)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private string Expand(string command) => command
        .Replace("{cores}", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{config}", Shell.Quote(settings.ConfigDirectory), StringComparison.Ordinal);

    /// <summary>The build commands' variables (<see cref="BuildEnvironment"/>), made on first use.</summary>
    internal IReadOnlyDictionary<string, string> BuildVariables => _buildVariables ??= BuildEnvironment.Of(settings, cacheRoot, ccacheDirectory, ConfigureCacheDirectory, checkout.Directory);
}
