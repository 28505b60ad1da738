using Bisector.Core.Reverting;

namespace Bisector.Core.Abstractions;

/// <summary>Makes a commit that undoes a culprit on top of a later commit, without writing the user's repository.</summary>
public interface IReverter
{
    /// <summary><paramref name="tipSha"/> with <paramref name="culpritSha"/>'s change undone, or the paths where undoing it conflicts.</summary>
    RevertAttempt Revert(string tipSha, string culpritSha);
}
