using Bisector.Core.Domain;

namespace Bisector.Core.Abstractions;

/// <summary>Checks a commit out in a private worktree and builds it, reusing earlier builds where safe.</summary>
public interface IBuilder
{
    /// <summary>How many builds can run at once: one per private checkout.</summary>
    int Capacity => 1;

    Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken);

    /// <summary>
    /// A build while a benchmark is being timed (build ahead): at low priority and, where the benchmark is pinned, on the
    /// other CPUs, so that it takes as little as possible from the samples.
    /// </summary>
    Task<BuildOutcome> BuildInBackgroundAsync(CommitInfo commit, CancellationToken cancellationToken) => BuildAsync(commit, cancellationToken);
}
