using System.Text.Json;
using Bisector.Core.Abstractions;
using Bisector.Core.Domain;

namespace Bisector.Execution.Building;

/// <summary>
/// The artifact cache: one folder per commit under the key's folder, holding the artifacts, the build log and
/// <c>build.json</c>. A folder appears by a rename, complete with its marker, and its paths are relative to it.
/// </summary>
public sealed partial class CachingBuilder
{
    private const string MarkerName = "build.json";
    internal const string LogName = "build.log";

    /// <summary>
    /// The builds already in a cache folder, by commit (layout variants, <c>SHA.layout-PAD</c>, are not commits' builds):
    /// what a new run will not build again. Paths in the
    /// outcomes are those of the folder they were read from, wherever the work dir was when they were built.
    /// </summary>
    public static IReadOnlyDictionary<string, BuildOutcome> CachedBuilds(string cacheDirectory) =>
        !Directory.Exists(cacheDirectory)
            ? new Dictionary<string, BuildOutcome>()
            : Directory.EnumerateDirectories(cacheDirectory)
                .Where(directory => !IsUnpublished(directory) && !Path.GetFileName(directory).Contains('.', StringComparison.Ordinal))
                .Select(directory => (Sha: Path.GetFileName(directory), Outcome: ReadMarker(directory)))
                .Where(entry => entry.Outcome is not null)
                .ToDictionary(entry => entry.Sha, entry => entry.Outcome!, StringComparer.Ordinal);

    internal BuildOutcome? Cached(CommitInfo commit, string artifactDirectory)
    {
        var cached = ReadMarker(artifactDirectory);
        if (cached is null)
        {
            return null;
        }

        log.Information("Build of {Sha} found in the artifact cache", commit.ShortSha);
        return cached with { Kind = BuildKind.Cached, WorktreeDirectory = checkout.Directory, Reason = "found in the artifact cache" };
    }

    /// <summary>
    /// Renames the staged build into place. Null when it is there now; the build already there when another
    /// run published the same commit first (that one is used, this one is thrown away).
    /// </summary>
    private BuildOutcome? Publish(CommitInfo commit, string staging, string artifactDirectory)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Move(staging, artifactDirectory);
                return null;
            }
            catch (IOException) when (Directory.Exists(artifactDirectory) && attempt < 3)
            {
                if (Cached(commit, artifactDirectory) is { } other)
                {
                    log.Information("Build of {Sha} was published by another run meanwhile: using that one", commit.ShortSha);
                    return other;
                }

                // A folder without a marker is what an interrupted build of an older version left: never a build.
                Directory.Delete(artifactDirectory, recursive: true);
            }
        }
    }

    /// <summary>A build being staged by some run (or left by one that was killed): not a commit's folder.</summary>
    private static bool IsUnpublished(string directory) => Path.GetFileName(directory).StartsWith('.');

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
    internal static void WriteMarker(string artifactDirectory, BuildOutcome outcome)
    {
        var path = Path.Combine(artifactDirectory, MarkerName);
        var relative = outcome with { ArtifactDirectory = outcome.Success ? "." : string.Empty, WorktreeDirectory = string.Empty, LogPath = LogName };
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(relative));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
