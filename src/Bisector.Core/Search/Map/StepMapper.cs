namespace Bisector.Core.Search.Map;

/// <summary>
/// Finds every step of a line of commits, up and down, by comparing the ends of segments: a segment that moved is
/// split in two until single commits are left; a segment whose ends agree is probed at a few commits spread evenly,
/// and split wherever a probe moved, so that a rise and its undoing inside it are found too. Pure: the meter measures.
/// </summary>
public sealed class StepMapper(ISegmentMeter meter, StepMapOptions options)
{
    private readonly List<(int Index, LevelShift Shift)> _steps = [];
    private readonly List<MapSegment> _gradual = [];
    private readonly List<MapSegment> _unmeasured = [];
    private readonly List<UnsureCommit> _unsure = [];
    private int _probes;
    private int _comparisons;

    /// <summary>The map of the line from index 0 (the good endpoint) to <paramref name="last"/> (the bad one).</summary>
    public async Task<StepMap> MapAsync(int last, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(last, 1);
        var total = await CompareAsync(0, last, cancellationToken);
        await ExploreAsync(0, last, total, cancellationToken);
        return Finish(total);
    }

    /// <summary>
    /// The map of the line when one step is known already (a search named <paramref name="step"/> and a re-check measured
    /// its <paramref name="shift"/> against its parent): only the segments before and after it are explored, each from
    /// its own comparison of ends, so the known step costs nothing again.
    /// </summary>
    public async Task<StepMap> MapAroundAsync(int last, int step, LevelShift shift, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(last, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, last);
        var total = await CompareAsync(0, last, cancellationToken);
        if (step - 1 > 0)
        {
            await ExploreAsync(0, step - 1, await CompareAsync(0, step - 1, cancellationToken), cancellationToken);
        }

        _steps.Add((step, shift));
        if (step < last)
        {
            await ExploreAsync(step, last, await CompareAsync(step, last, cancellationToken), cancellationToken);
        }

        return Finish(total);
    }

    private StepMap Finish(LevelShift total) =>
        new StepMap(total, [], _gradual.OrderBy(g => g.From).ToArray(), _unmeasured.OrderBy(g => g.From).ToArray(), 0, _probes, _comparisons)
            .WithSteps(_steps.OrderBy(s => s.Index).ToArray(), options.ThresholdPercent);

    private async Task<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken)
    {
        _comparisons++;
        return await meter.CompareAsync(older, newer, cancellationToken);
    }

    private bool IsFlat(LevelShift shift) => shift.LowPercent > -options.ThresholdPercent && shift.HighPercent < options.ThresholdPercent;

    private async Task ExploreAsync(int older, int newer, LevelShift shift, CancellationToken cancellationToken)
    {
        if (newer - older == 1)
        {
            if (shift.Moved(options.ThresholdPercent))
            {
                _steps.Add((newer, shift));
            }
            else if (Math.Abs(shift.Percent) >= options.ThresholdPercent)
            {
                _unsure.Add(new UnsureCommit(newer, shift));
            }

            return;
        }

        if (IsFlat(shift))
        {
            await ProbeAsync(older, newer, cancellationToken);
            return;
        }

        var (steps, gradual, unmeasured) = (_steps.Count, _gradual.Count, _unmeasured.Count);
        int middle;
        LevelShift first, second;
        while (true)
        {
            if (await MeasurableNearAsync(older, newer, older + ((newer - older) / 2), cancellationToken) is not { } near)
            {
                // Nothing between the ends can be measured: the move is somewhere in here, and no comparison can say where.
                _unmeasured.Add(new MapSegment(older, newer, shift));
                return;
            }

            try
            {
                (middle, first) = (near, await CompareAsync(older, near, cancellationToken));
                second = await CompareAsync(near, newer, cancellationToken);
                break;
            }
            catch (UnmeasurableCommitException ex) when (ex.Index == near)
            {
                // It built but does not run: another commit near the middle, as if it had not built.
            }
        }

        await ExploreAsync(older, middle, first, cancellationToken);
        await ExploreAsync(middle, newer, second, cancellationToken);
        if (_steps.Count == steps && _unmeasured.Count == unmeasured && shift.Moved(options.ThresholdPercent))
        {
            // It moved, and no commit in it did: one slope, not the pieces its halves were cut into. Where a part of it
            // could not be measured, that part holds the move as far as anyone can say, and the segment is not a slope.
            _gradual.RemoveRange(gradual, _gradual.Count - gradual);
            _gradual.Add(new MapSegment(older, newer, shift)
            {
                Unsure = _unsure.Where(u => u.Index > older && u.Index <= newer).MaxBy(u => Math.Abs(u.Shift.Percent)),
            });
        }
    }

    /// <summary>Measures a few commits inside a segment whose ends agree; where a probe moved, the pieces between probes are explored.</summary>
    private async Task ProbeAsync(int older, int newer, CancellationToken cancellationToken)
    {
        var count = options.ProbesFor(newer - older);
        var inside = Enumerable.Range(1, count)
            .Select(i => older + (int)Math.Round(i * (newer - older) / (double)(count + 1)))
            .Where(p => p > older && p < newer)
            .Distinct()
            .ToArray();
        var measurable = new List<int>();
        foreach (var point in inside)
        {
            if (await meter.CanMeasureAsync(point, cancellationToken))
            {
                measurable.Add(point);
            }
        }

        inside = [.. measurable];
        if (inside.Length == 0)
        {
            return;
        }

        var pieces = await PiecesAsync(older, newer, inside, cancellationToken);

        if (pieces.All(p => IsFlat(p.Shift)))
        {
            return;
        }

        foreach (var piece in pieces)
        {
            await ExploreAsync(piece.Older, piece.Newer, piece.Shift, cancellationToken);
        }
    }

    /// <summary>The segment cut at the probes, each piece compared; a probe that turns out not to run is left out.</summary>
    private async Task<List<(int Older, int Newer, LevelShift Shift)>> PiecesAsync(int older, int newer, int[] inside, CancellationToken cancellationToken)
    {
        _probes += inside.Length;
        var pieces = new List<(int Older, int Newer, LevelShift Shift)>();
        var from = older;
        foreach (var to in inside.Append(newer))
        {
            try
            {
                pieces.Add((from, to, await CompareAsync(from, to, cancellationToken)));
                from = to;
            }
            catch (UnmeasurableCommitException ex) when (ex.Index == to && to != newer)
            {
                // The next piece starts where this one did.
                _probes--;
            }
        }

        return pieces;
    }

    /// <summary>The commit nearest <paramref name="wanted"/> strictly between the ends that can be measured; null when none can.</summary>
    private async Task<int?> MeasurableNearAsync(int older, int newer, int wanted, CancellationToken cancellationToken)
    {
        for (var distance = 0; distance < newer - older; distance++)
        {
            foreach (var index in new[] { wanted - distance, wanted + distance }.Distinct())
            {
                if (index > older && index < newer && await meter.CanMeasureAsync(index, cancellationToken))
                {
                    return index;
                }
            }
        }

        return null;
    }
}
