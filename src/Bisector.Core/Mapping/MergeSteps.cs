using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Search.Map;

namespace Bisector.Core.Mapping;

/// <summary>
/// A step of a map that is a merge commit came in with the branch it merged: the branch, from the merge base to the
/// merge's second parent along the branch's first-parent line, is mapped the same way (its own merges followed in turn),
/// and its steps take the merge's place, each with its share of the endpoints' change. A branch that names no single
/// step (it did not move alone, moved as a slope, or its move lies among commits that cannot be measured) leaves the
/// merge as the step, with a note why.
/// </summary>
internal sealed class MergeSteps(ICommitGraph graph, RangeMapping mapping)
{
    /// <param name="levels">The levels the map was measured with: the branches are measured the same way.</param>
    public async Task<RangeMap> IntoBranchesAsync(RangeMap range, CommitLevels levels, StepMapOptions options, CancellationToken cancellationToken)
    {
        var branches = new Dictionary<int, RangeMap>();
        var notes = new List<Finding>(range.Notes);
        foreach (var step in range.Map.Steps.Where(s => range.Commit(s.Index).IsMerge))
        {
            var merge = range.Commit(step.Index);
            var (branch, kept) = await BranchAsync(merge, levels, options, cancellationToken).ConfigureAwait(false);
            if (branch is null)
            {
                notes.Add(kept!);
                continue;
            }

            branches[step.Index] = branch;
            notes.Add(new MergeStepOnBranch(merge, [.. branch.Steps.Select(s => s.Commit)]));
            notes.AddRange(branch.Notes);
        }

        return branches.Count == 0 ? range with { Notes = notes } : Splice(range, branches) with { Notes = notes };
    }

    /// <summary>
    /// The map with the step at the merge <paramref name="mergeIndex"/> given to <paramref name="commit"/>, a commit of the
    /// branch it merged that a search descended to and re-checked: its line gains the commit after its parent (a step's parent
    /// is the commit before it), and the step keeps its shift.
    /// </summary>
    public static RangeMap StepOnBranch(RangeMap range, int mergeIndex, CommitInfo commit, CommitInfo parent)
    {
        var line = range.Line.Append(parent).Append(commit).ToArray();
        var steps = range.Map.Steps.Select(s => (s.Index == mergeIndex ? line.Length - 1 : s.Index, s.Shift)).ToArray();
        return range with { Map = range.Map.WithSteps(steps, range.ThresholdPercent), Line = line, Notes = [.. range.Notes, new MergeStepOnBranch(range.Commit(mergeIndex), [commit])] };
    }

    /// <summary>
    /// The map with the step at the merge <paramref name="mergeIndex"/> replaced by the steps of <paramref name="branch"/>,
    /// the branch it merged mapped on its own (<see cref="BranchLine"/>).
    /// </summary>
    public static RangeMap IntoBranch(RangeMap range, int mergeIndex, RangeMap branch) =>
        Splice(range, new Dictionary<int, RangeMap> { [mergeIndex] = branch }) with
        {
            Notes = [.. range.Notes, new MergeStepOnBranch(range.Commit(mergeIndex), [.. branch.Steps.Select(s => s.Commit)]), .. branch.Notes],
        };

    /// <summary>
    /// The line of the branch <paramref name="merge"/> brought in: the merge base, then the branch's commits along its
    /// first-parent line to the merge's second parent, oldest first; empty when the two sides share no commit or the
    /// branch adds none.
    /// </summary>
    public static IReadOnlyList<CommitInfo> BranchLine(ICommitGraph graph, CommitInfo merge)
    {
        var tip = graph.Lookup(merge.Parents[1]);
        var mergeBase = graph.MergeBase(merge.Parents[0], tip.Sha);
        var commits = mergeBase is null ? [] : graph.FirstParentRange(mergeBase.Sha, tip.Sha);
        return mergeBase is null || commits.Count == 0 ? [] : [mergeBase, .. commits];
    }

    /// <summary>The branch <paramref name="merge"/> brought in, mapped; null with why when it names no single step.</summary>
    private async Task<(RangeMap? Branch, MergeStepKept? Kept)> BranchAsync(CommitInfo merge, CommitLevels mainLevels, StepMapOptions options, CancellationToken cancellationToken)
    {
        var line = BranchLine(graph, merge);
        if (line.Count == 0)
        {
            return (null, new MergeStepKept(merge, 0, 0, null));
        }

        var levels = mainLevels.On(line);
        foreach (var end in new[] { 0, line.Count - 1 })
        {
            if (!await levels.CanMeasureAsync(end, cancellationToken).ConfigureAwait(false))
            {
                return (null, new MergeStepKept(merge, 0, 0, levels[end]));
            }
        }

        var branch = await mapping.MapAsync(levels, options, cancellationToken).ConfigureAwait(false);
        var map = branch.Map;
        return map.Steps.Count > 0
            ? (branch, null)
            : (null, new MergeStepKept(
                merge, map.Total.Percent, map.Gradual.Sum(g => g.Commits), map.Unmeasured.FirstOrDefault() is { } u ? branch.Commit(u.From + 1) : null));
    }

    /// <summary>
    /// The map with each merge step in <paramref name="branches"/> replaced by its branch's steps, in the merge's place:
    /// the branch's line is appended to the map's, its indexes moved along, and every step paired again over the whole.
    /// </summary>
    private static RangeMap Splice(RangeMap range, IReadOnlyDictionary<int, RangeMap> branches)
    {
        var line = new List<CommitInfo>(range.Line);
        var steps = new List<(int Index, LevelShift Shift)>();
        var (gradual, unmeasured) = (new List<MapSegment>(range.Map.Gradual), new List<MapSegment>(range.Map.Unmeasured));
        var (probes, comparisons) = (range.Map.Probes, range.Map.Comparisons);
        foreach (var step in range.Map.Steps)
        {
            if (!branches.TryGetValue(step.Index, out var branch))
            {
                steps.Add((step.Index, step.Shift));
                continue;
            }

            var offset = line.Count;
            line.AddRange(branch.Line);
            steps.AddRange(branch.Map.Steps.Select(s => (s.Index + offset, s.Shift)));
            gradual.AddRange(branch.Map.Gradual.Select(g => g with { From = g.From + offset, To = g.To + offset, Unsure = g.Unsure is { } u ? u with { Index = u.Index + offset } : null }));
            unmeasured.AddRange(branch.Map.Unmeasured.Select(g => g with { From = g.From + offset, To = g.To + offset }));
            (probes, comparisons) = (probes + branch.Map.Probes, comparisons + branch.Map.Comparisons);
        }

        var map = new StepMap(range.Map.Total, [], gradual, unmeasured, 0, probes, comparisons).WithSteps(steps, range.ThresholdPercent);
        return range with { Map = map, Line = line };
    }
}
