using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// The work search named a merge: its branch, from the merge base to the merge's second parent along the branch's
/// first-parent line, is searched by the same counts (split at the midpoint of the branch's ends), as the time search
/// descends (<see cref="MergeDescent"/>); a merge found there is followed in turn.
/// </summary>
internal sealed class WorkMergeDescent(ICommitGraph graph, InstructionCounter counts, IBuilder builds, IJournal journal, WorkBisection bisection, ISessionObserver observer)
{
    /// <summary>
    /// <paramref name="found"/>, or the commit inside the branches its merge culprit brought in, noted with
    /// <see cref="FoundOnMergedBranch"/>; a merge that cannot be followed stays, noted with <see cref="WorkMergeKept"/>.
    /// </summary>
    public async Task<WorkLine> FollowAsync(WorkLine found, IBenchmarkRunner counter, int sign, List<WorkStep> steps, CancellationToken cancellationToken)
    {
        while (found.Culprit is { IsMerge: true } merge)
        {
            var branch = await DescendAsync(merge, counter, sign, steps, cancellationToken).ConfigureAwait(false);
            if (branch.Culprit is null)
            {
                return found with { Note = new WorkMergeKept(merge, branch.Note!) };
            }

            found = branch with { Note = new FoundOnMergedBranch(merge) };
        }

        return found;
    }

    private async Task<WorkLine> DescendAsync(CommitInfo merge, IBenchmarkRunner counter, int sign, List<WorkStep> steps, CancellationToken cancellationToken)
    {
        var tip = graph.Lookup(merge.Parents[1]);
        var mergeBase = graph.MergeBase(merge.Parents[0], tip.Sha);
        var branch = mergeBase is null ? [] : graph.FirstParentRange(mergeBase.Sha, tip.Sha);
        if (mergeBase is null || branch.Count == 0)
        {
            // The merged side is already on the main line: nothing came in but the merge itself.
            return WorkLine.None([], new MergeItselfSlower(merge, 0));
        }

        observer.Phase(new DescendingIntoMerge(merge, branch.Count, mergeBase, tip));
        var baseBuild = await builds.BuildAsync(mergeBase, cancellationToken).ConfigureAwait(false);
        var tipBuild = await builds.BuildAsync(tip, cancellationToken).ConfigureAwait(false);
        if (!baseBuild.Success || !tipBuild.Success)
        {
            return WorkLine.None([], new MergeBranchUnbuildable(merge, baseBuild.Success ? tip : mergeBase));
        }

        if (await counts.CountAsync(counter, [(mergeBase, baseBuild), (tip, tipBuild)], cancellationToken).ConfigureAwait(false) is { } failure)
        {
            return WorkLine.None([], new MergeBranchUnbuildable(merge, failure.Commit));
        }

        var (baseValues, tipValues) = (journal.Samples(mergeBase.Sha, Series.Instructions), journal.Samples(tip.Sha, Series.Instructions));
        var (baseMedian, tipMedian) = (Summary.Of(baseValues).Median, Summary.Of(tipValues).Median);
        var rise = sign * (tipMedian - baseMedian) / baseMedian * 100;
        if (rise < InstructionEvidence.SamePercent)
        {
            return WorkLine.None([], new MergeItselfSlower(merge, sign * rise));
        }

        var spread = Math.Max(WorkBisection.SpreadPercent(baseValues), WorkBisection.SpreadPercent(tipValues));
        if (spread > rise / 4)
        {
            return WorkLine.None([], new EndpointCountsVary(spread, rise));
        }

        return await bisection.SearchAsync(counter, mergeBase, branch, (baseMedian + tipMedian) / 2, sign, rise, steps, cancellationToken).ConfigureAwait(false);
    }
}
