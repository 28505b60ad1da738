using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;
using Bisector.Core.Search.Map;

namespace Bisector.Core.Mapping;

/// <summary>Maps every step of a range on an exact metric: the step map over the range's commits, measured through the build scheduler and the sampler.</summary>
public sealed class RangeMapping(IBuilder builder, Sampler sampler, IJournal journal)
{
    /// <param name="baseCommit">The good end (or the merge base the range starts after).</param>
    /// <param name="commits">The range's first-parent commits after it, oldest first; the last is the bad end.</param>
    public async Task<RangeMap> MapAsync(
        CommitInfo baseCommit, IReadOnlyList<CommitInfo> commits, IBenchmarkRunner runner, string series, StepMapOptions options, CancellationToken cancellationToken)
    {
        var line = commits.Prepend(baseCommit).ToArray();
        var levels = new CommitLevels(line, builder, sampler, journal, runner, series);
        var map = await new StepMapper(levels, options).MapAsync(line.Length - 1, cancellationToken).ConfigureAwait(false);
        return new RangeMap(map, line, series, levels.Measured, options.ThresholdPercent);
    }
}
