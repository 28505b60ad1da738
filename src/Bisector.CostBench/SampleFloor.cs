using System.Text.Json;
using Bisector.Core.Statistics;

namespace Bisector.CostBench;

/// <summary>
/// The fewest timed samples a run's verdicts could have rested on: every comparison it made (the endpoints, each tested
/// commit, the re-check), each at the smallest size at which its test can reach alpha at all, by the verdict engine's
/// own bounds. What the run took above it went to looks that could not decide yet (noise, or a close call).
/// </summary>
internal sealed record SampleFloor(int Timed, int Floor)
{
    public static SampleFloor Of(BisectorRun run, StatisticsOptions statistics)
    {
        var engine = new VerdictEngine(statistics);
        var steps = run.Report.GetProperty("steps").EnumerateArray().ToArray();
        int Samples(JsonElement step) => step.GetProperty("samples").GetInt32();
        var endpoints = steps.Where(step => step.GetProperty("role").GetString() is "good" or "bad").ToArray();
        var searched = steps.Where(step => step.GetProperty("role").GetString() == "search" && Samples(step) > 0).ToArray();
        var recheck = run.Report.GetProperty("verification") is { ValueKind: JsonValueKind.Object } verification
            ? verification.GetProperty("parentValues").GetArrayLength() + verification.GetProperty("culpritValues").GetArrayLength()
            : 0;

        // A metric that repeats (an instruction count) is decided from a few values; a timed one by the tests' sizes.
        var paired = Enumerable.Range(1, 64).First(engine.CanCompare);
        var repeatable = endpoints.Length > 0 && endpoints.All(step => Samples(step) < paired);
        if (repeatable)
        {
            paired = statistics.RepeatableRounds;
        }

        var floor = (endpoints.Length > 0 ? 2 * paired : 0) + (recheck > 0 ? 2 * paired : 0);
        var pool = paired;
        foreach (var _ in searched)
        {
            // A tested commit's rounds (good, commit, bad) join the pool of good-vs-bad rounds its own test is judged against.
            var rounds = repeatable ? statistics.RepeatableRounds : Enumerable.Range(1, 64).First(n => engine.CanClassify(n, pool + n));
            floor += 3 * rounds;
            pool += rounds;
        }

        var timed = endpoints.Sum(Samples) + (3 * searched.Sum(Samples)) + recheck;
        return new SampleFloor(timed, floor);
    }
}
