using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;
using Bisector.Core.Search.Map;

namespace Bisector.Core.Mapping;

/// <summary>
/// Maps every step of a range on an exact metric: the step map over the range's commits, measured through the build
/// scheduler and the sampler. With the history's graph, a step that is a merge is replaced by the steps of the branch it
/// merged (<see cref="MergeSteps"/>).
/// </summary>
public sealed class RangeMapping(IBuilder builder, Sampler sampler, IJournal journal, ICommitGraph? graph = null)
{
    /// <param name="baseCommit">The good end (or the merge base the range starts after).</param>
    /// <param name="commits">The range's first-parent commits after it, oldest first; the last is the bad end.</param>
    public Task<RangeMap> MapAsync(
        CommitInfo baseCommit, IReadOnlyList<CommitInfo> commits, IBenchmarkRunner runner, string series, StepMapOptions options, CancellationToken cancellationToken) =>
        MapAsync(new CommitLevels(commits.Prepend(baseCommit).ToArray(), builder, sampler, journal, runner, series), options, cancellationToken);

    /// <summary>The map of the line <paramref name="levels"/> measures, whose two ends can be measured.</summary>
    internal async Task<RangeMap> MapAsync(CommitLevels levels, StepMapOptions options, CancellationToken cancellationToken)
    {
        var map = await new StepMapper(levels, options).MapAsync(levels.Line.Count - 1, cancellationToken).ConfigureAwait(false);
        var range = new RangeMap(map, levels.Line, levels.Series, levels.Measured, options.ThresholdPercent);
        return graph is null
            ? range
            // The branches' commits count in the map's cost, each once (a merge base can lie on the range's line too).
            : await new MergeSteps(graph, this).IntoBranchesAsync(range, levels, options, cancellationToken).ConfigureAwait(false) with { Builds = levels.Measured };
    }
}
