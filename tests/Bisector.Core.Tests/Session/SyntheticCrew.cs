using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Simulation;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Session;

/// <summary>A session's collaborators over a synthetic history, runner and in-memory journal, for testing each on its own.</summary>
internal sealed class SyntheticCrew
{
    public SyntheticCrew(
        Func<string, Random, double> measure, ICommitGraph? graph = null, ISet<string>? broken = null, InstructionProbe? instructions = null, int seed = 42)
    {
        Graph = graph ?? new SyntheticGraph(40);
        Runner = new SyntheticRunner(measure, seed);
        Engine = new VerdictEngine(StatisticsOptions.Default);
        Crew = new SessionCrew(
            Graph, new SyntheticBuilder(new HashSet<string>(broken ?? new HashSet<string>())), Runner, Journal, Engine, SilentObserver.Instance, instructions,
            buildAhead: false, workers: 1, executor: ExecutorKind.Local);
    }

    public ICommitGraph Graph { get; }

    public SyntheticRunner Runner { get; }

    public InMemoryJournal Journal { get; } = new();

    public VerdictEngine Engine { get; }

    public SessionCrew Crew { get; }

    /// <summary>A synthetic benchmark that takes 100 before <paramref name="culprit"/> and 100 × (1 + effect) from it on, with relative noise.</summary>
    public static Func<string, Random, double> Step(int culprit, double effect, double noise) => (sha, random) =>
        100 * (1 + (SyntheticGraph.Index(sha) >= culprit ? effect : 0)) * (1 + (noise * Gaussian.Next(random)));

    /// <summary>A crew over a time step at c27 (+20 %) whose instructions, counted <paramref name="samples"/> times per build, come from <paramref name="counts"/>.</summary>
    public static (SyntheticCrew Crew, SyntheticRunner Counter) Counting(Func<string, Random, double> counts, int samples = 2)
    {
        var counter = new SyntheticRunner(counts, seed: 1);
        return (new SyntheticCrew(Step(27, 0.20, 0.02), instructions: InstructionProbe.Using(counter, "callgrind", samples)), counter);
    }

    public CommitInfo Commit(int index) => Graph.Lookup(SyntheticGraph.Sha(index));

    /// <summary>Both commits built, as the search has them before it measures them.</summary>
    public async Task<BuiltEndpoints> BuiltAsync(int good, int bad)
    {
        var (goodCommit, badCommit) = (Commit(good), Commit(bad));
        return new BuiltEndpoints(
            goodCommit, await Crew.Builds.BuildAsync(goodCommit, CancellationToken.None), badCommit, await Crew.Builds.BuildAsync(badCommit, CancellationToken.None));
    }
}
