using Bisector.Core.Domain;
using Bisector.Core.Failures;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Core.Statistics;
using Bisector.Simulation;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class PairComparisonTests
{
    [Fact]
    public async Task Compare_measures_both_revisions_in_pairs_searches_nothing_and_says_the_verdict_as_a_finding()
    {
        var (crew, _) = SyntheticCrew.Counting((sha, _) => SyntheticGraph.Index(sha) >= 27 ? 1_100_000 : 1_000_000, samples: 2);

        var result = await new PairComparison(crew.Graph, crew.Crew, crew.Engine, SilentObserver.Instance)
            .RunAsync(new BisectRequest("c10", "c30", "synthetic", "output", "ns"), CancellationToken.None);

        Assert.Equal(BisectStatus.Compared, result.Status);
        Assert.Empty(result.Steps);
        var compared = Assert.IsType<PairCompared>(Assert.Single(result.Notes));
        Assert.Equal(("c10", "c30", EndpointOutcome.Regression), (compared.BaselineRev, compared.CandidateRev, compared.Outcome));
        Assert.Equal(result.Change, compared.Change);
        Assert.Equal(TimeInstructionFinding.Agree, result.TimeVsInstructions!.Finding);
        Assert.Equal([SyntheticGraph.Sha(10), SyntheticGraph.Sha(30)], crew.Runner.SamplesTaken.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(compared.Rounds, result.Endpoints!.Good.Count);
    }

    [Fact]
    public async Task Compare_with_a_revision_that_does_not_build_is_a_usage_error_naming_its_role()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02), broken: new HashSet<string> { SyntheticGraph.Sha(30) });

        var error = await Assert.ThrowsAsync<UsageException>(() => new PairComparison(crew.Graph, crew.Crew, crew.Engine, SilentObserver.Instance)
            .RunAsync(new BisectRequest("c10", "c30", "synthetic", "output", "ns"), CancellationToken.None));

        var build = Assert.IsType<RevisionDoesNotBuild>(error.Failure);
        Assert.Equal(("candidate", "c30"), (build.Role, build.Rev));
    }
}
