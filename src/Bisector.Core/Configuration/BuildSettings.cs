namespace Bisector.Core.Configuration;

/// <summary>How to build one commit in the worktree.</summary>
/// <param name="Commands">Shell commands run in order in the worktree; the first failure fails the build. <c>{cores}</c> is
/// the number of cores, <c>{config}</c> the config file's folder.</param>
/// <param name="Environment">Extra environment variables for the commands (OPT, CFLAGS, ...).</param>
/// <param name="Timeout">Time allowed for all the commands together.</param>
/// <param name="Artifacts">Paths, relative to the worktree, copied into the per-commit artifact folder.</param>
/// <param name="CleanCommands">Commands that bring the worktree back to a pristine state before a from-scratch build.</param>
/// <param name="CleanWhenChanged">Files whose change between two builds forces a from-scratch build.</param>
public sealed record BuildSettings(
    IReadOnlyList<string> Commands,
    IReadOnlyDictionary<string, string> Environment,
    TimeSpan Timeout,
    IReadOnlyList<string> Artifacts,
    IReadOnlyList<string> CleanCommands,
    IReadOnlyList<string> CleanWhenChanged)
{
    /// <summary>The config file's folder: <c>{config}</c> in a command, for helper scripts kept beside the config.</summary>
    public string ConfigDirectory { get; init; } = ".";

    /// <summary>Put ccache in front of the compiler when it is installed (Debian's /usr/lib/ccache).</summary>
    public bool UseCcache { get; init; } = true;

    /// <summary>Give autoconf's configure a cache shared by every checkout, one per configure script and environment.</summary>
    public bool UseConfigureCache { get; init; } = true;
}
