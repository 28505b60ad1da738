using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Core.Search;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Simulation;

namespace Bisector.Bench;

/// <summary>The three ways of bisecting that the bench compares, on the same synthetic histories.</summary>
internal static class Strategies
{
    /// <summary>Bisector itself: the real session, search and verdict engine with synthetic builds and samples.</summary>
    public static Outcome Bisector(Scenario scenario, int seed, StatisticsOptions options)
    {
        var drift = scenario.NewDrift(seed);
        var runner = new SyntheticRunner((sha, random) => scenario.Measure(SyntheticGraph.Index(sha), random, drift), seed);
        var counter = new SyntheticRunner((sha, _) => scenario.Instructions(SyntheticGraph.Index(sha)), seed);
        var session = new BisectSession(
            new SyntheticGraph(scenario.Length), new SyntheticBuilder(new HashSet<string>()), runner, new InMemoryJournal(), new VerdictEngine(options), SilentObserver.Instance,
            InstructionProbe.Using(counter, Metric.Callgrind.Name, samples: 2));
        var result = session.RunAsync(new BisectRequest("c0", $"c{scenario.Length - 1}", "sim", Metric.Output.Name, "ns"), CancellationToken.None).GetAwaiter().GetResult();
        // A repair's retests are part of what the search spent on its commits.
        var search = result.Steps.Where(s => s.Role is StepRole.Search or StepRole.Repair).ToArray();
        var verdict = Judge(result, scenario.Culprit);
        return new Outcome(verdict, search.Sum(s => s.Samples), search.Length, runner.SamplesTaken.Values.Sum())
        {
            TimeVsInstructions = result.TimeVsInstructions,
            Status = result.Status,
            Work = result.Work,
            InstructionCounts = counter.SamplesTaken.Values.Sum(),
        };
    }

    /// <summary>
    /// Correct when time names the real culprit. Work when time did not, and the work search (instruction counts) did.
    /// False when a wrong commit is named: by the work search, or by time without a word that it does no more work.
    /// Layout when time named a wrong commit and showed it to execute the same instructions as its parent (a real
    /// slowdown in time, said to be layout, that claims no work).
    /// </summary>
    private static Verdict Judge(BisectResult result, int? real)
    {
        bool IsReal(CommitInfo commit) => SyntheticGraph.Index(commit.Sha) == real;
        return result switch
        {
            { Status: BisectStatus.CulpritFound } when IsReal(result.Culprit!) => Verdict.Correct,
            { Work.Culprit: { } work } => IsReal(work) ? Verdict.Work : Verdict.False,
            { Status: BisectStatus.CulpritFound, Instructions.Finding: not InstructionFinding.MoreInstructions } => Verdict.Layout,
            { Status: BisectStatus.CulpritFound } => Verdict.False,
            _ => Of(result.Status),
        };
    }

    private static Verdict Of(BisectStatus status) => status switch
    {
        BisectStatus.NoRegression => Verdict.NoRegression,
        BisectStatus.Inconclusive => Verdict.Inconclusive,
        _ => Verdict.Ambiguous,
    };

    /// <summary>
    /// The bench_runner recipe: one sample per commit, and a commit is bad when its sample is above the midpoint of
    /// the two endpoint samples.
    /// </summary>
    public static Outcome BenchRunner(Scenario scenario, int seed)
    {
        var random = new Random(seed);
        var drift = scenario.NewDrift(seed);
        var good = scenario.Measure(0, random, drift);
        var bad = scenario.Measure(scenario.Length - 1, random, drift);
        if (bad <= good)
        {
            return new Outcome(Verdict.NoRegression, 0, 0, 2);
        }

        var midpoint = (good + bad) / 2;
        return Search(scenario, index => scenario.Measure(index, random, drift) > midpoint ? Core.Domain.Verdict.Bad : Core.Domain.Verdict.Good, samplesPerCommit: 1, endpointSamples: 2);
    }

    /// <summary>Ten samples per commit; bad when Mann-Whitney says it is slower than good (p &lt; 0.05).</summary>
    public static Outcome FixedTen(Scenario scenario, int seed)
    {
        var random = new Random(seed);
        var drift = scenario.NewDrift(seed);
        double[] Take(int index) => Enumerable.Range(0, 10).Select(_ => scenario.Measure(index, random, drift)).ToArray();
        var good = Take(0);
        var bad = Take(scenario.Length - 1);
        if (VerdictEngine.PGreater(bad, good) >= 0.05)
        {
            return new Outcome(Verdict.NoRegression, 0, 0, 20);
        }

        return Search(scenario, index => VerdictEngine.PGreater(Take(index), good) < 0.05 ? Core.Domain.Verdict.Bad : Core.Domain.Verdict.Good, samplesPerCommit: 10, endpointSamples: 20);
    }

    private static Outcome Search(Scenario scenario, Func<int, Core.Domain.Verdict> classify, int samplesPerCommit, int endpointSamples)
    {
        // The range holds commits 1..Length-1; search index i is commit i + 1.
        var search = new BisectionSearch(scenario.Length - 1);
        var tested = 0;
        SearchDecision decision;
        while ((decision = search.Next()) is SearchDecision.Test test)
        {
            search.Record(test.Index, classify(test.Index + 1));
            tested++;
        }

        var culprit = ((SearchDecision.Culprit)decision).Index + 1;
        var verdict = scenario.Culprit is null ? Verdict.False : culprit == scenario.Culprit ? Verdict.Correct : Verdict.False;
        return new Outcome(verdict, tested * samplesPerCommit, tested, endpointSamples + (tested * samplesPerCommit));
    }
}
