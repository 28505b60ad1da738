using Bisector.Core.Mapping;
using Bisector.Core.Measurement;
using Bisector.Core.Search.Map;
using Bisector.Simulation;

namespace Bisector.Core.Tests.Mapping;

public sealed class RangeMappingTests
{
    /// <summary>An instruction count per commit of a synthetic history, with steps planted at the given commits (percent against the parent).</summary>
    private static Func<string, Random, double> Counts(params (int Index, double Percent)[] steps) => (sha, _) =>
    {
        var index = SyntheticGraph.Index(sha);
        return Math.Round(steps.Where(s => s.Index <= index).Aggregate(5_000_000.0, (level, s) => level * (1 + (s.Percent / 100))));
    };

    private static async Task<(RangeMap Map, SyntheticRunner Runner, SyntheticBuilder Builder)> MapAsync(
        int commits, Func<string, Random, double> counts, InMemoryJournal? journal = null, params string[] broken)
    {
        var graph = new SyntheticGraph(commits + 1);
        var runner = new SyntheticRunner(counts, seed: 1);
        var builder = new SyntheticBuilder(broken.ToHashSet());
        journal ??= new InMemoryJournal();
        var mapping = new RangeMapping(builder, new Sampler(journal, SilentObserver.Instance), journal);
        var map = await mapping.MapAsync(graph.Commits[0], graph.Commits.Skip(1).ToArray(), runner, "instructions", new StepMapOptions(1), CancellationToken.None);
        return (map, runner, builder);
    }

    [Fact]
    public async Task Two_rises_and_a_rise_undone_later_are_named_with_their_commits_and_the_larger_remaining_rise_is_the_culprit()
    {
        var (map, runner, _) = await MapAsync(60, Counts((9, 2.8), (20, 4), (26, -3.9), (44, 5.4)));

        Assert.Equal(["change 9", "change 20", "change 26", "change 44"], map.Steps.Select(s => s.Commit.Subject));
        Assert.Equal("change 44", map.Culprit(slower: true)?.Subject);
        var rise = map.Steps.Single(s => s.Step.Index == 20).Step;
        Assert.Equal((false, 26), (rise.Remains, rise.UndoneBy));
        Assert.True(map.Steps.Single(s => s.Step.Index == 44).Step.Remains);
        Assert.Equal(map.Builds, runner.SamplesTaken.Count);
        Assert.All(runner.SamplesTaken.Values, taken => Assert.Equal(1, taken));
        Assert.True(map.Builds < 40, $"{map.Builds} commits measured of 61");
    }

    [Fact]
    public async Task Commits_the_journal_holds_are_not_measured_again()
    {
        var journal = new InMemoryJournal();
        var sampler = new Sampler(journal, SilentObserver.Instance);
        var graph = new SyntheticGraph(31);
        var earlier = new SyntheticRunner(Counts((12, 3)), seed: 1);
        foreach (var index in new[] { 0, 15, 30 })
        {
            await sampler.TakeAsync(earlier, "instructions", Sampler.NewRound(), graph.Commits[index], await new SyntheticBuilder(new HashSet<string>()).BuildAsync(graph.Commits[index], CancellationToken.None), CancellationToken.None);
        }

        var (map, runner, _) = await MapAsync(30, Counts((12, 3)), journal);

        Assert.Equal([12], map.Map.Steps.Select(s => s.Index));
        Assert.DoesNotContain(SyntheticGraph.Sha(0), runner.SamplesTaken.Keys);
        Assert.DoesNotContain(SyntheticGraph.Sha(15), runner.SamplesTaken.Keys);
        Assert.DoesNotContain(SyntheticGraph.Sha(30), runner.SamplesTaken.Keys);
    }

    [Fact]
    public async Task A_step_whose_parent_does_not_build_is_left_as_a_segment()
    {
        var (map, _, _) = await MapAsync(30, Counts((14, 4)), broken: SyntheticGraph.Sha(13));

        Assert.Empty(map.Map.Steps);
        var segment = Assert.Single(map.Map.Unmeasured);
        Assert.Equal((12, 14), (segment.From, segment.To));
    }
}
