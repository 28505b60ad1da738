namespace Bisector.Core.Search.Map;

/// <summary>
/// Pairs steps that cancel and gives each what is left of it at the tip. A step undoes the nearest earlier step in
/// the other direction that still has something left and whose sum with it is within the threshold (undone in full);
/// once every full undoing is paired, a step left unpaired undoes the nearest one it takes back at least half of
/// without overshooting (undone in part: the rest remains). A smaller opposite step is a change of its own, and so is
/// a larger one; a step that undid another is not undone itself.
/// </summary>
public static class StepPairing
{
    public static IReadOnlyList<MapStep> Pair(IReadOnlyList<(int Index, LevelShift Shift)> steps, LevelShift total, double thresholdPercent)
    {
        var threshold = Math.Log(1 + (thresholdPercent / 100));
        var left = steps.Select(s => s.Shift.Log).ToArray();
        var undoneBy = new int?[steps.Count];
        var undoes = new int?[steps.Count];
        // Full undoings first, over the whole line, so that a partial one never takes a step a later full one undoes.
        Pass((rest, move) => Math.Abs(rest + move) <= threshold);
        Pass((rest, move) => Math.Abs(move) < Math.Abs(rest) && Math.Abs(move) >= Math.Abs(rest) / 2);

        void Pass(Func<double, double, bool> fits)
        {
            for (var later = 0; later < steps.Count; later++)
            {
                var move = steps[later].Shift.Log;
                if (undoes[later] is not null || undoneBy[later] is not null || Nearest(later, rest => fits(rest, move)) is not { } undone)
                {
                    continue;
                }

                left[undone] = Math.Abs(left[undone] + move) <= threshold ? 0 : left[undone] + move;
                left[later] = 0;
                undoneBy[undone] ??= later;
                undoes[later] = undone;
            }
        }

        // The nearest earlier step in the other direction with something left that <paramref name="fits"/> the later step.
        int? Nearest(int later, Func<double, bool> fits)
        {
            var move = steps[later].Shift.Log;
            for (var earlier = later - 1; earlier >= 0; earlier--)
            {
                if (left[earlier] != 0 && undoes[earlier] is null && Math.Sign(left[earlier]) != Math.Sign(move) && fits(left[earlier]))
                {
                    return earlier;
                }
            }

            return null;
        }

        return steps.Select((s, i) => new MapStep(
            s.Index,
            s.Shift,
            Remains: left[i] != 0,
            UndoneBy: undoneBy[i] is { } u ? steps[u].Index : null,
            Undoes: undoes[i] is { } d ? steps[d].Index : null,
            RemainingPercent: LevelShift.PercentOfLog(left[i]),
            SharePercent: left[i] == 0 || total.Log == 0 ? 0 : left[i] / total.Log * 100))
            .ToArray();
    }
}
