using Bisector.Core.Domain;

namespace Bisector.Core.Abstractions;

/// <summary>Builds a commit with its code placed elsewhere: layout 0 is the build itself, each other layout the same objects linked with a pad in front.</summary>
public interface ILayoutBuilder
{
    Task<BuildOutcome> BuildLayoutAsync(CommitInfo commit, int layout, CancellationToken cancellationToken);
}
