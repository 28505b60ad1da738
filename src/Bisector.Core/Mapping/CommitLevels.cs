using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;
using Bisector.Core.Search.Map;
using Bisector.Core.Statistics;

namespace Bisector.Core.Mapping;

/// <summary>
/// The levels of a line's commits on an exact metric (an instruction count): each commit built once and measured
/// <c>samples</c> times (its median), or taken from the journal where a run measured it before; compared as ratios.
/// A commit that does not build, or whose benchmark fails, cannot be measured.
/// </summary>
/// <param name="line">The line, oldest first: index 0 is the good end.</param>
public sealed class CommitLevels(
    IReadOnlyList<CommitInfo> line, IBuilder builder, Sampler sampler, IJournal journal, IBenchmarkRunner runner, string series, int samples = 1) : ISegmentMeter
{
    private readonly Dictionary<int, double?> _levels = [];
    private HashSet<string> _measured = new(StringComparer.Ordinal);

    /// <summary>Commits whose level is known (measured now or found in the journal), here and on the branches measured with <see cref="On"/>, each once.</summary>
    public int Measured => _measured.Count;

    /// <summary>The levels of another line (a merged branch's) measured the same way, counted in <see cref="Measured"/> with this line's.</summary>
    public CommitLevels On(IReadOnlyList<CommitInfo> other) => new(other, builder, sampler, journal, runner, series, samples) { _measured = _measured };

    public CommitInfo this[int index] => line[index];

    /// <summary>The line, oldest first.</summary>
    public IReadOnlyList<CommitInfo> Line => line;

    /// <summary>The journal series the levels are measured in.</summary>
    public string Series => series;

    public async ValueTask<bool> CanMeasureAsync(int index, CancellationToken cancellationToken) =>
        await LevelAsync(index, cancellationToken).ConfigureAwait(false) is not null;

    public async ValueTask<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken)
    {
        var from = await LevelAsync(older, cancellationToken).ConfigureAwait(false) ?? throw Unmeasurable(older);
        var to = await LevelAsync(newer, cancellationToken).ConfigureAwait(false) ?? throw Unmeasurable(newer);
        return LevelShift.Exact(((to / from) - 1) * 100);
    }

    private ArgumentOutOfRangeException Unmeasurable(int index) => new(nameof(index), line[index].Sha, "The map asks only for commits that can be measured.");

    /// <summary>The commit's median, measured once; null when it cannot be built or measured.</summary>
    public async Task<double?> LevelAsync(int index, CancellationToken cancellationToken)
    {
        if (_levels.TryGetValue(index, out var known))
        {
            return known;
        }

        var commit = line[index];
        var values = journal.Samples(commit.Sha, series);
        if (values.Count < samples)
        {
            var build = await builder.BuildAsync(commit, cancellationToken).ConfigureAwait(false);
            for (var taken = values.Count; build.Success && taken < samples; taken++)
            {
                if (!(await sampler.TakeAsync(runner, series, Sampler.NewRound(), commit, build, cancellationToken).ConfigureAwait(false)).Success)
                {
                    break;
                }
            }

            values = journal.Samples(commit.Sha, series);
        }

        var level = values.Count >= samples ? Summary.Of(values).Median : (double?)null;
        _levels[index] = level;
        if (level is not null)
        {
            _measured.Add(commit.Sha);
        }

        return level;
    }
}
