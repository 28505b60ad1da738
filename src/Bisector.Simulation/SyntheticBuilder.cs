using Bisector.Core.Abstractions;
using Bisector.Core.Domain;

namespace Bisector.Simulation;

/// <summary>"Builds" instantly; the commits listed in <paramref name="broken"/> fail. The artifact folder is the SHA.</summary>
public sealed class SyntheticBuilder(IReadOnlySet<string> broken) : IBuilder
{
    public int Builds { get; private set; }

    public Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Builds++;
        return Task.FromResult(broken.Contains(commit.Sha)
            ? BuildOutcome.Failure(BuildKind.Incremental, 1, $"{commit.Sha}.log", "synthetic build failure")
            : new BuildOutcome(true, BuildKind.Incremental, commit.Sha, "worktree", 1, $"{commit.Sha}.log", null));
    }
}
