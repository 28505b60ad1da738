using System.Globalization;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Simulation;

namespace Bisector.Bench;

/// <summary>
/// The step map on a time: synthetic 60-commit histories with one to three steps of 8-20 % either way (at least one a
/// rise), Gaussian noise per sample, run by the real <see cref="BisectSession"/> (search, re-check, repair, the map in
/// paired rounds) at the default statistics, threshold 5 %. Counted: every planted step named and nothing else, a step
/// missed, a step named that was not planted, the culprit the largest rise; beside the search alone (--no-map), whose one
/// commit is the whole answer only when one step was planted; and the samples each takes.
/// </summary>
internal static class TimeMapBench
{
    private const int Last = 60;

    public static int Run(int trials)
    {
        Console.WriteLine($"Time map bench: {trials} histories per row, {Last} commits, threshold 5 %, steps of 8-20 % at least 4 commits apart, the first a rise, bad at least 8 % slower than good, noise per sample");
        Console.WriteLine("Columns: every step named and nothing else % / a step missed % / a step named that was not planted % / the culprit is the largest rise % / samples per run, mean; the search alone (no map): its one commit is the whole answer % / a planted step % / samples per run");
        Console.WriteLine();
        Console.WriteLine("| steps | noise | map: all named | missed one | extra | culprit right | samples | search alone: whole answer | a planted step | samples |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var steps in new[] { 1, 2, 3 })
        {
            foreach (var noise in new[] { 0.01, 0.03 })
            {
                Row(steps, noise, trials);
            }
        }

        return 0;
    }

    private static void Row(int count, double noise, int trials)
    {
        var (allNamed, missed, extra, culpritRight, whole, aStep) = (0, 0, 0, 0, 0, 0);
        var (mapSamples, searchSamples) = (new List<int>(), new List<int>());
        for (var trial = 0; trial < trials; trial++)
        {
            var random = new Random((count * 7919) + (int)(noise * 1000) + (trial * 31));
            var planted = Plant(count, random);
            var mapped = RunAsync(planted, noise, trial, map: true).GetAwaiter().GetResult();
            var named = mapped.Result.Map is { } map ? map.Map.Steps.Select(s => s.Index).ToHashSet() : mapped.Result.Culprit is { } one ? [SyntheticGraph.Index(one.Sha)] : [];
            var truth = planted.Select(p => p.Index).ToHashSet();
            allNamed += truth.SetEquals(named) ? 1 : 0;
            missed += truth.Except(named).Any() ? 1 : 0;
            extra += named.Except(truth).Any() ? 1 : 0;
            var largest = planted.Where(p => p.Percent > 0).MaxBy(p => p.Percent).Index;
            culpritRight += mapped.Result.Culprit is { } culprit && SyntheticGraph.Index(culprit.Sha) == largest ? 1 : 0;
            mapSamples.Add(mapped.Samples);

            var alone = RunAsync(planted, noise, trial, map: false).GetAwaiter().GetResult();
            var found = alone.Result.Culprit is { } c ? SyntheticGraph.Index(c.Sha) : -1;
            aStep += truth.Contains(found) ? 1 : 0;
            whole += count == 1 && truth.Contains(found) ? 1 : 0;
            searchSamples.Add(alone.Samples);
        }

        double Percent(int n) => 100.0 * n / trials;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {count} | {noise * 100:0} % | {Percent(allNamed):0.#} | {Percent(missed):0.#} | {Percent(extra):0.#} | {Percent(culpritRight):0.#} | {mapSamples.Average():0} | {Percent(whole):0.#} | {Percent(aStep):0.#} | {searchSamples.Average():0} |"));
    }

    /// <summary>Steps at least four commits apart, sizes 8-20 %, the first a rise and later ones either way, bad at least 8 % above good.</summary>
    private static (int Index, double Percent)[] Plant(int count, Random random)
    {
        var indexes = new SortedSet<int>();
        while (indexes.Count < count)
        {
            var index = random.Next(2, Last - 1);
            if (indexes.All(i => Math.Abs(i - index) >= 4))
            {
                indexes.Add(index);
            }
        }

        while (true)
        {
            (int Index, double Percent)[] steps = [.. indexes.Select((index, i) => (index, (i == 0 || random.Next(2) == 0 ? 1 : -1) * (8 + (random.NextDouble() * 12))))];
            if (steps.Aggregate(1.0, (level, s) => level * (1 + (s.Percent / 100))) >= 1.08)
            {
                // The endpoints must show a regression the run bisects: bad at least 8 % slower than good.
                return steps;
            }
        }
    }

    private static async Task<(BisectResult Result, int Samples)> RunAsync((int Index, double Percent)[] steps, double noise, int seed, bool map)
    {
        var runner = new SyntheticRunner(
            (sha, random) => steps.Where(s => s.Index <= SyntheticGraph.Index(sha)).Aggregate(100.0, (level, s) => level * (1 + (s.Percent / 100))) * (1 + (noise * Gaussian.Next(random))),
            seed: seed);
        var session = new BisectSession(
            new SyntheticGraph(Last + 1), new SyntheticBuilder(new HashSet<string>()), runner, new InMemoryJournal(), new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance);
        var result = await session.RunAsync(new BisectRequest("c0", $"c{Last}", "synthetic", "output", "ns") { MapSteps = map }, CancellationToken.None);
        return (result, runner.SamplesTaken.Values.Sum());
    }
}
