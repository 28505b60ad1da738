using Bisector.Core.Search.Map;

namespace Bisector.Core.Tests.Search.Map;

/// <summary>A line of commits whose level is known exactly (an instruction count), built from planted steps; it counts the commits it was asked to measure.</summary>
internal sealed class ExactLevels : ISegmentMeter
{
    private readonly double[] _levels;
    private readonly HashSet<int> _measured = [];
    private readonly HashSet<int> _broken = [];

    /// <param name="last">The bad endpoint's index; the good one is 0.</param>
    /// <param name="steps">Commit index and its shift against its parent, in percent.</param>
    public ExactLevels(int last, params (int Index, double Percent)[] steps)
    {
        _levels = new double[last + 1];
        var level = 1_000_000.0;
        for (var i = 0; i <= last; i++)
        {
            foreach (var step in steps.Where(s => s.Index == i))
            {
                level *= 1 + (step.Percent / 100);
            }

            _levels[i] = level;
        }
    }

    /// <summary>Commits that do not build: the map must not ask for their level.</summary>
    public ExactLevels Broken(params int[] indexes)
    {
        _broken.UnionWith(indexes);
        return this;
    }

    /// <summary>Distinct commits measured: the builds a map of this line costs.</summary>
    public int Measured => _measured.Count;

    /// <summary>The comparisons asked for, in order, as (older, newer).</summary>
    public List<(int Older, int Newer)> Compared { get; } = [];

    public ValueTask<bool> CanMeasureAsync(int index, CancellationToken cancellationToken) => ValueTask.FromResult(!_broken.Contains(index));

    public ValueTask<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken)
    {
        Assert.DoesNotContain(older, _broken);
        Assert.DoesNotContain(newer, _broken);
        _measured.Add(older);
        _measured.Add(newer);
        Compared.Add((older, newer));
        return ValueTask.FromResult(LevelShift.Exact(((_levels[newer] / _levels[older]) - 1) * 100));
    }
}
