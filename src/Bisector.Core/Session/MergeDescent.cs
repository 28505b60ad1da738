using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Search;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// The first-parent search named a merge: bisect the commits the merge brought in, from the branch's merge base (good,
/// like everything before the merge) to the merged tip, and name the one that did it, confirmed against its parent.
/// </summary>
internal sealed class MergeDescent(
    ICommitGraph graph, IBuilder builds, PairedComparer pairs, CommitSearch search, Recheck recheck, SessionRecord record, ISessionObserver observer)
{
    /// <summary>The confirmed culprit on the merge's branch; null when the merge stays the answer, with a finding why.</summary>
    public async Task<(CommitInfo Culprit, Verification Verification)?> DescendAsync(CommitInfo merge, CancellationToken cancellationToken)
    {
        var tip = graph.Lookup(merge.Parents[1]);
        var mergeBase = graph.MergeBase(merge.Parents[0], tip.Sha);
        var branch = mergeBase is null ? [] : graph.FirstParentRange(mergeBase.Sha, tip.Sha);
        if (mergeBase is null || branch.Count == 0)
        {
            return null;
        }

        observer.Phase(new DescendingIntoMerge(merge, branch.Count, mergeBase, tip));
        var baseBuild = await builds.BuildAsync(mergeBase, cancellationToken).ConfigureAwait(false);
        var tipBuild = await builds.BuildAsync(tip, cancellationToken).ConfigureAwait(false);
        if (!baseBuild.Success || !tipBuild.Success)
        {
            record.Found(new MergeBranchUnbuildable(merge, baseBuild.Success ? tip : mergeBase));
            return null;
        }

        var endpoints = new BuiltEndpoints(mergeBase, baseBuild, tip, tipBuild);
        var beforeTip = branch.Take(branch.Count - 1).ToArray();
        var comparison = await pairs.CompareAsync(mergeBase, baseBuild, tip, tipBuild, beforeTip, cancellationToken).ConfigureAwait(false);
        var regression = comparison.Outcome == EndpointOutcome.Regression;
        record.Endpoints(endpoints, pairs.Rounds(mergeBase, tip, beforeTip), (StepRole.BranchGood, StepRole.BranchBad), regression ? Verdict.Bad : Verdict.Unknown);
        if (!regression)
        {
            record.Found(new MergeItselfSlower(merge, comparison.Change.ShiftPercent));
            return null;
        }

        var decision = await search.SearchAsync(endpoints, branch, cancellationToken).ConfigureAwait(false);
        if (decision is SearchDecision.Culprit found)
        {
            var commit = branch[found.Index];
            var parent = found.Index == 0 ? mergeBase : branch[found.Index - 1];
            if (await recheck.RunAsync(commit, parent, cancellationToken).ConfigureAwait(false) is { Confirmed: true } verification)
            {
                record.Found(new FoundOnMergedBranch(merge));
                return (commit, verification);
            }
        }

        var candidates = decision is SearchDecision.Ambiguous ambiguous ? ambiguous.Indexes.Select(i => branch[i]).ToArray() : [];
        record.Found(new MergeBranchUnresolved(merge, candidates));
        return null;
    }
}
