using System.Diagnostics;
using System.Text.Json;
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
/// </summary>
public sealed class CachingBuilder(BuildSettings settings, BuildKey key, ICheckout checkout, string cacheRoot, ProcessRunner processes, ILogger log) : IBuilder
{
    private const string MarkerName = "build.json";
    private const string LogName = "build.log";

    /// <summary>Debian's folder of compiler names that call ccache: first on PATH, it caches every compile.</summary>
    private const string CcacheCompilers = "/usr/lib/ccache";

    private readonly IReadOnlyDictionary<string, string> _environment = BuildEnvironment(settings, cacheRoot);

    /// <summary>Folder of this build configuration's artifacts: one sub-folder per commit.</summary>
    public string CacheDirectory { get; } = key.DirectoryIn(cacheRoot);

    /// <summary>
    /// The builds already in a cache folder, by commit: what a new run will not build again. Paths in the
    /// outcomes are those of the folder they were read from, wherever the work dir was when they were built.
    /// </summary>
    public static IReadOnlyDictionary<string, BuildOutcome> CachedBuilds(string cacheDirectory) =>
        !Directory.Exists(cacheDirectory)
            ? new Dictionary<string, BuildOutcome>()
            : Directory.EnumerateDirectories(cacheDirectory)
                .Select(directory => (Sha: Path.GetFileName(directory), Outcome: ReadMarker(directory)))
                .Where(entry => entry.Outcome is not null)
                .ToDictionary(entry => entry.Sha, entry => entry.Outcome!, StringComparer.Ordinal);

    /// <summary>Where ccache keeps its cache for these builds, or null when ccache is off or not installed.</summary>
    public string? CcacheDirectory => _environment.GetValueOrDefault("CCACHE_DIR");

    public async Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken)
    {
        var artifactDirectory = Path.Combine(CacheDirectory, commit.Sha);
        var cached = ReadMarker(artifactDirectory);
        if (cached is not null)
        {
            log.Information("Build of {Sha} found in the artifact cache", commit.ShortSha);
            return cached with { Kind = BuildKind.Cached, WorktreeDirectory = checkout.Directory };
        }

        var previous = checkout.CurrentSha;
        checkout.Checkout(commit.Sha);
        var kind = ChooseKind(previous, commit.Sha);
        Directory.CreateDirectory(artifactDirectory);
        var logPath = Path.Combine(artifactDirectory, LogName);
        var stopwatch = Stopwatch.StartNew();
        await using var logFile = new StreamWriter(logPath, append: false) { AutoFlush = true };
        log.Information("Building {Sha} ({Kind}) in {Worktree}", commit.ShortSha, kind, checkout.Directory);

        var commands = kind == BuildKind.Clean && previous is not null ? settings.CleanCommands.Concat(settings.Commands) : settings.Commands;
        string? error = null;
        var remaining = settings.Timeout;
        foreach (var command in commands.Select(Expand))
        {
            await logFile.WriteLineAsync($"$ {command}").ConfigureAwait(false);
            var result = await processes.RunAsync(command, checkout.Directory, _environment, remaining, line => logFile.WriteLine(line), cancellationToken).ConfigureAwait(false);
            remaining -= result.Duration;
            if (result.TimedOut)
            {
                error = $"'{command}' timed out after {settings.Timeout.TotalSeconds:0} s";
                break;
            }

            if (result.ExitCode != 0 && !settings.CleanCommands.Contains(command))
            {
                error = $"'{command}' exited with code {result.ExitCode}";
                break;
            }
        }

        error ??= CopyArtifacts(artifactDirectory);
        stopwatch.Stop();
        var outcome = error is null
            ? new BuildOutcome(true, kind, artifactDirectory, checkout.Directory, stopwatch.Elapsed.TotalSeconds, logPath, null)
            : BuildOutcome.Failure(kind, stopwatch.Elapsed.TotalSeconds, logPath, error);
        WriteMarker(artifactDirectory, outcome);
        log.Information("Build of {Sha}: {Result} in {Seconds:0.0} s", commit.ShortSha, error ?? "ok", stopwatch.Elapsed.TotalSeconds);
        return outcome;
    }

    private BuildKind ChooseKind(string? previous, string sha)
    {
        if (previous is null)
        {
            return BuildKind.Clean;
        }

        if (settings.CleanWhenChanged.Count == 0 || previous == sha)
        {
            return BuildKind.Incremental;
        }

        var changed = checkout.ChangedPaths(previous, sha);
        return changed.Any(path => settings.CleanWhenChanged.Contains(path, StringComparer.Ordinal)) ? BuildKind.Clean : BuildKind.Incremental;
    }

    private string? CopyArtifacts(string artifactDirectory)
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

    private static void CopyDirectory(string source, string target)
    {
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

    /// <summary>The config's variables, plus ccache in front of the compiler (its cache in the work dir) where it is installed.</summary>
    private static Dictionary<string, string> BuildEnvironment(BuildSettings settings, string cacheRoot)
    {
        var environment = new Dictionary<string, string>(settings.Environment, StringComparer.Ordinal);
        if (settings.UseCcache && Directory.Exists(CcacheCompilers) && !environment.ContainsKey("PATH"))
        {
            environment["PATH"] = $"{CcacheCompilers}:{Environment.GetEnvironmentVariable("PATH")}";
            if (!environment.ContainsKey("CCACHE_DIR"))
            {
                environment["CCACHE_DIR"] = Environment.GetEnvironmentVariable("CCACHE_DIR") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cacheRoot))!, "ccache");
            }
        }

        return environment;
    }

    /// <summary>
    /// The build in a folder, with its paths made that folder's: the folder it is read from is the truth, so a
    /// work dir can be moved or copied (markers written before paths were stored relative hold absolute ones).
    /// </summary>
    private static BuildOutcome? ReadMarker(string artifactDirectory)
    {
        var path = Path.Combine(artifactDirectory, MarkerName);
        if (!File.Exists(path))
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<BuildOutcome>(File.ReadAllText(path));
        return stored is null ? null : Rebased(stored, artifactDirectory);
    }

    private static BuildOutcome Rebased(BuildOutcome outcome, string artifactDirectory) => outcome with
    {
        ArtifactDirectory = outcome.Success ? artifactDirectory : string.Empty,
        LogPath = Path.Combine(artifactDirectory, LogName),
    };

    /// <summary>
    /// The marker is written last and atomically, with paths relative to its folder (the worktree is not
    /// stored: it is whichever checkout reads the marker).
    /// </summary>
    private static void WriteMarker(string artifactDirectory, BuildOutcome outcome)
    {
        var path = Path.Combine(artifactDirectory, MarkerName);
        var relative = outcome with { ArtifactDirectory = outcome.Success ? "." : string.Empty, WorktreeDirectory = string.Empty, LogPath = LogName };
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(relative));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
