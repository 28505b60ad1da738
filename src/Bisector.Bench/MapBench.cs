using System.Globalization;
using Bisector.Core.Search.Map;

namespace Bisector.Bench;

/// <summary>
/// The step map bench: synthetic lines with several steps on an exact metric, some rises undone later, mapped by the real
/// <see cref="StepMapper"/>; how often every planted step is named and every planted undoing paired, at what cost in
/// builds, beside the two ways a person gets the answer today: one bisection (one commit, whatever the rest) and a build
/// of every commit (always right, one build per commit).
/// </summary>
internal static class MapBench
{
    public static int Run(int trials)
    {
        Console.WriteLine($"Step map bench: {trials} lines per row, exact metric, threshold 1 %, steps of 1.5-6 % either way, rises undone 1-20 commits later");
        Console.WriteLine("Columns: every step named % / the remaining steps and their shares as a map of every commit gives them % / every planted undoing paired with its own rise % (steps of equal size can pair by chance) / a step missed % / a step named that was not planted % / builds mean (max); one bisection: its builds and how often its one commit is the whole answer; every commit: its builds");
        Console.WriteLine();
        Console.WriteLine("| commits | steps | of which undone | probes | map: all named | remaining right | paired as planted | missed one | extra | builds | one bisection: builds, whole answer | every commit: builds |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (length, independent, pairs) in new[] { (30, 1, 1), (77, 3, 3), (77, 1, 4), (200, 4, 2), (200, 2, 5), (1000, 5, 3) })
        {
            foreach (var probes in new int?[] { null, 0 })
            {
                Row(length, independent, pairs, probes, trials);
            }
        }

        return 0;
    }

    private static IEnumerable<(int, double)> Remaining(IEnumerable<MapStep> steps) =>
        steps.Where(s => s.Remains).Select(s => (s.Index, Math.Round(s.SharePercent, 1)));

    private static void Row(int length, int independent, int pairs, int? probes, int trials)
    {
        var (allNamed, remainingRight, allPaired, missed, extra) = (0, 0, 0, 0, 0);
        var builds = new List<int>();
        for (var trial = 0; trial < trials; trial++)
        {
            var line = PlantedLine.Random(length, independent, pairs, new Random((length * 7919) + (independent * 31) + (pairs * 17) + trial));
            var map = new StepMapper(line, new StepMapOptions(1, probes)).MapAsync(length, CancellationToken.None).GetAwaiter().GetResult();
            var planted = line.Steps.Select(s => s.Index).ToHashSet();
            var named = map.Steps.Select(s => s.Index).ToHashSet();
            allNamed += planted.SetEquals(named) ? 1 : 0;
            missed += planted.Except(named).Any() ? 1 : 0;
            extra += named.Except(planted).Any() ? 1 : 0;
            var truth = StepPairing.Pair(line.Steps.Select(s => (s.Index, LevelShift.Exact(s.Percent))).ToArray(), map.Total, 1);
            remainingRight += Remaining(truth).SequenceEqual(Remaining(map.Steps)) ? 1 : 0;
            allPaired += line.Pairs.All(p => map.Steps.Any(s => s.Index == p.Rise && s.UndoneBy == p.Undo)) ? 1 : 0;
            builds.Add(line.Measured);
        }

        double Percent(int count) => 100.0 * count / trials;
        var bisection = (int)Math.Ceiling(Math.Log2(length)) + 2;
        var whole = independent + pairs == 1 ? 100 : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {length} | {independent + (2 * pairs)} | {pairs} | {(probes is null ? "auto" : probes.Value.ToString(CultureInfo.InvariantCulture))} | {Percent(allNamed):0.#} | {Percent(remainingRight):0.#} | {Percent(allPaired):0.#} | {Percent(missed):0.#} | {Percent(extra):0.#} | {builds.Average():0.0} ({builds.Max()}) | {bisection}, {whole} % | {length + 1} |"));
    }
}
