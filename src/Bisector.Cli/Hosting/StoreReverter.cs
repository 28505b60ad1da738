using Bisector.Core.Abstractions;
using Bisector.Core.Reverting;
using Bisector.Git.Revert;

namespace Bisector.Cli.Hosting;

/// <summary>The session's reverter over Bisector's own revert store under the work dir.</summary>
internal sealed class StoreReverter(RevertStore store) : IReverter
{
    public RevertAttempt Revert(string tipSha, string culpritSha)
    {
        var outcome = store.Revert(tipSha, culpritSha);
        return new RevertAttempt(outcome.Commit, outcome.Conflicts);
    }
}
