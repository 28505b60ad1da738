using Bisector.Core.Domain;

namespace Bisector.Core.Session;

/// <summary>A benchmark failed on <see cref="Commit"/>: a skipped step for a commit the search tests, a configuration problem elsewhere.</summary>
internal sealed class BenchmarkFailedException(CommitInfo commit, string message) : Exception(message)
{
    public CommitInfo Commit { get; } = commit;
}
