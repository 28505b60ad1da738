using Bisector.Core.Domain;

namespace Bisector.Core.Abstractions;

/// <summary>Checks a commit out in the private worktree and builds it, reusing earlier builds where safe.</summary>
public interface IBuilder
{
    Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken);
}
