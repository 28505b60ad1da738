using Bisector.Core.Session;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Search;
using Bisector.Simulation;
using Bisector.Core.Statistics;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class CommitSearchTests
{
    [Fact]
    public async Task A_bisection_of_the_range_ends_on_the_first_slower_commit_after_log2_steps()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02));
        var endpoints = await crew.BuiltAsync(0, 39);
        var range = crew.Graph.FirstParentRange(endpoints.Good.Sha, endpoints.Bad.Sha);
        await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, range.SkipLast(1).ToArray(), CancellationToken.None);

        var decision = await crew.Crew.Search.SearchAsync(endpoints, range, CancellationToken.None);

        Assert.Equal(SyntheticGraph.Sha(27), range[Assert.IsType<SearchDecision.Culprit>(decision).Index].Sha);
        Assert.InRange(crew.Crew.Record.Steps.Count, 5, 7);
        Assert.Equal(crew.Crew.Record.Steps.Count, crew.Crew.Search.Rounds);
        Assert.All(crew.Crew.Record.Steps, step => Assert.Equal(SyntheticGraph.Index(step.Commit.Sha) >= 27 ? Verdict.Bad : Verdict.Good, step.Verdict));
        Assert.All(crew.Crew.Record.Steps, step => Assert.Equal(StepRole.Search, step.Role));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.02)]
    public async Task On_a_count_that_repeats_exactly_a_step_measures_its_commit_alone_and_on_a_noisy_one_beside_good_and_bad(double noise)
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, noise));
        var endpoints = await crew.BuiltAsync(0, 39);
        var range = crew.Graph.FirstParentRange(endpoints.Good.Sha, endpoints.Bad.Sha);
        await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, range.SkipLast(1).ToArray(), CancellationToken.None);
        var endpointSamples = crew.Journal.Samples(endpoints.Good.Sha, Series.Time).Count;

        var decision = await crew.Crew.Search.SearchAsync(endpoints, range, CancellationToken.None);

        Assert.Equal(SyntheticGraph.Sha(27), range[Assert.IsType<SearchDecision.Culprit>(decision).Index].Sha);
        var stepSamples = crew.Crew.Record.Steps.Sum(step => step.Samples);
        var (goodSamples, badSamples) = (crew.Journal.Samples(endpoints.Good.Sha, Series.Time).Count, crew.Journal.Samples(endpoints.Bad.Sha, Series.Time).Count);
        if (noise == 0)
        {
            Assert.Equal((endpointSamples, endpointSamples), (goodSamples, badSamples));
        }
        else
        {
            Assert.Equal((endpointSamples + stepSamples, endpointSamples + stepSamples), (goodSamples, badSamples));
        }
    }

    [Fact]
    public async Task A_commit_that_does_not_build_is_skipped_and_the_search_ends_with_the_candidates_it_leaves()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02), broken: new HashSet<string> { SyntheticGraph.Sha(26) });
        var endpoints = await crew.BuiltAsync(0, 39);
        var range = crew.Graph.FirstParentRange(endpoints.Good.Sha, endpoints.Bad.Sha);
        await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, range.SkipLast(1).ToArray(), CancellationToken.None);

        var decision = await crew.Crew.Search.SearchAsync(endpoints, range, CancellationToken.None);

        var ambiguous = Assert.IsType<SearchDecision.Ambiguous>(decision);
        Assert.Equal([SyntheticGraph.Sha(26), SyntheticGraph.Sha(27)], ambiguous.Indexes.Select(i => range[i].Sha));
        var skipped = Assert.Single(crew.Crew.Record.Steps, s => s.Verdict == Verdict.Skip);
        Assert.IsType<BuildFailed>(skipped.Note);
    }
}
