using Bisector.Core.Search.Map;

namespace Bisector.Bench;

/// <summary>
/// A synthetic line of commits with planted steps on an exact metric (an instruction count): some independent, some
/// rises undone later by a step of about the same size. It counts the commits a map measures: the builds it costs.
/// </summary>
internal sealed class PlantedLine : ISegmentMeter
{
    private readonly double[] _levels;
    private readonly HashSet<int> _measured = [];

    public PlantedLine(int last, IReadOnlyList<(int Index, double Percent)> steps)
    {
        Steps = steps.OrderBy(s => s.Index).ToArray();
        _levels = new double[last + 1];
        var level = 1_000_000.0;
        for (var i = 0; i <= last; i++)
        {
            foreach (var step in Steps.Where(s => s.Index == i))
            {
                level *= 1 + (step.Percent / 100);
            }

            _levels[i] = level;
        }
    }

    public IReadOnlyList<(int Index, double Percent)> Steps { get; }

    /// <summary>Rises planted with their undoing: (rise, undo) indexes.</summary>
    public IReadOnlyList<(int Rise, int Undo)> Pairs { get; private init; } = [];

    public int Measured => _measured.Count;

    /// <summary>
    /// A line of <paramref name="last"/> commits with <paramref name="independent"/> steps of 1.5-6 % either way and
    /// <paramref name="pairs"/> rises undone 1-20 commits later (the undo within 0.2 % of the rise), all at distinct commits.
    /// </summary>
    public static PlantedLine Random(int last, int independent, int pairs, Random random)
    {
        var taken = new HashSet<int>();
        int Free(int from, int to)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var index = random.Next(from, to + 1);
                if (taken.Add(index))
                {
                    return index;
                }
            }

            throw new InvalidOperationException("The line is too short for its steps.");
        }

        double Size() => 1.5 + (random.NextDouble() * 4.5);
        var steps = new List<(int, double)>();
        var planted = new List<(int, int)>();
        for (var p = 0; p < pairs; p++)
        {
            var rise = Free(1, last - 21);
            var undo = Free(rise + 1, Math.Min(last, rise + 20));
            var size = Size();
            steps.Add((rise, size));
            steps.Add((undo, ((1 / (1 + (size / 100))) - 1) * 100 + ((random.NextDouble() - 0.5) * 0.4)));
            planted.Add((rise, undo));
        }

        for (var s = 0; s < independent; s++)
        {
            steps.Add((Free(1, last), Size() * (random.Next(4) == 0 ? -1 : 1)));
        }

        return new PlantedLine(last, steps) { Pairs = planted };
    }

    public ValueTask<bool> CanMeasureAsync(int index, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken)
    {
        _measured.Add(older);
        _measured.Add(newer);
        return ValueTask.FromResult(LevelShift.Exact(((_levels[newer] / _levels[older]) - 1) * 100));
    }
}
