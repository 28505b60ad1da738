using Bisector.Core.Domain;
using Bisector.Core.Search.Map;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>
/// The segment meter of a time (or any metric that varies): two commits of the line are built and measured side by
/// side in paired rounds, as the endpoints are, until the comparison is sure or the reference schedule ends. Rounds
/// that already hold both (the search's bracketed steps, the re-check) count, so the commits the search measured next
/// to each other cost little again.
/// </summary>
/// <param name="line">The line, oldest first: index 0 is the good end.</param>
internal sealed class PairedLevels(IReadOnlyList<CommitInfo> line, BuildScheduler builds, PairedComparer pairs) : ISegmentMeter
{
    private readonly HashSet<int> _compared = [];
    private readonly HashSet<int> _failed = [];

    /// <summary>Commits compared for the map (ends of segments and single commits), endpoints included.</summary>
    public int Measured => _compared.Count;

    /// <summary>A commit can be measured when it builds and its benchmark has not failed in this map.</summary>
    public async ValueTask<bool> CanMeasureAsync(int index, CancellationToken cancellationToken) =>
        !_failed.Contains(index) && (await builds.BuildAsync(line[index], cancellationToken).ConfigureAwait(false)).Success;

    public async ValueTask<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken)
    {
        var (from, to) = (line[older], line[newer]);
        var fromBuild = await builds.BuildAsync(from, cancellationToken).ConfigureAwait(false);
        var toBuild = await builds.BuildAsync(to, cancellationToken).ConfigureAwait(false);
        EndpointComparison comparison;
        try
        {
            comparison = await pairs.CompareBothWaysAsync(from, fromBuild, to, toBuild, cancellationToken).ConfigureAwait(false);
        }
        catch (BenchmarkFailedException ex)
        {
            // As a search step whose benchmark fails is skipped, the map steps around the commit.
            var index = ex.Commit.Sha == from.Sha ? older : newer;
            _failed.Add(index);
            throw new UnmeasurableCommitException(index, ex.Message);
        }

        _compared.Add(older);
        _compared.Add(newer);
        // A single commit is a step only when its comparison is sure it moved by more than the threshold, as a re-check
        // must be to name it: an estimate above the threshold with a wide interval is not a step.
        return Shift(comparison.Change) with { SurelyBeyondThreshold = comparison.Outcome is EndpointOutcome.Regression or EndpointOutcome.Faster };
    }

    public static LevelShift Shift(ChangeSummary change) => new(change.ShiftPercent, change.ShiftLowPercent, change.ShiftHighPercent);
}
