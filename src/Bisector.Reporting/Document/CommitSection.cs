using Bisector.Core.Explain;
using Bisector.Core.Session;
using Bisector.Reporting.Explain;

namespace Bisector.Reporting.Document;

/// <summary>The culprit as a reviewer reads it: its full message, diffstat and diff.</summary>
/// <param name="Diffstat">git's summary line: "3 files changed, 11 insertions(+), 2 deletions(-)".</param>
public sealed record CommitSection(CommitDetails Commit, string Diffstat, ReportTable Files)
    : ReportSection("commit", $"The commit {Format.Sha(Commit.Sha)} against its parent {Format.Sha(Commit.ParentSha)}")
{
    public static CommitSection? Of(BisectResult result) => result.Explanation?.Commit is { } commit
        ? new(commit, ExplanationText.Diffstat(commit), ExplanationTables.Diffstat(commit))
        : null;
}
