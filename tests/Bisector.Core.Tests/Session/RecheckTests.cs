using Bisector.Core.Findings;
using Bisector.Simulation;
using Bisector.Core.Statistics;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class RecheckTests
{
    [Fact]
    public async Task A_culprit_that_holds_against_its_parent_is_confirmed_without_a_finding()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02));

        var verification = await crew.Crew.Recheck.RunAsync(crew.Commit(27), crew.Commit(26), CancellationToken.None);

        Assert.NotNull(verification);
        Assert.True(verification.Confirmed);
        Assert.Equal((SyntheticGraph.Sha(27), SyntheticGraph.Sha(26)), (verification.CommitSha, verification.ParentSha));
        Assert.Equal(verification.ParentValues.Count, verification.CulpritValues.Count);
        Assert.Empty(crew.Crew.Record.Findings);
    }

    [Fact]
    public async Task A_commit_no_slower_than_its_parent_is_not_confirmed_and_the_finding_carries_the_measured_change()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.002));

        var verification = await crew.Crew.Recheck.RunAsync(crew.Commit(30), crew.Commit(29), CancellationToken.None);

        Assert.NotNull(verification);
        Assert.False(verification.Confirmed);
        var finding = Assert.IsType<RecheckNotConfirmed>(Assert.Single(crew.Crew.Record.Findings));
        Assert.Equal((EndpointOutcome.NoRegression, verification.Change, 5.0), (finding.Outcome, finding.Change, finding.ThresholdPercent));
        Assert.Equal((crew.Commit(30), crew.Commit(29)), (finding.Culprit, finding.Parent));
    }

    [Fact]
    public async Task A_parent_that_no_longer_builds_is_not_measured_and_said()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02), broken: new HashSet<string> { SyntheticGraph.Sha(26) });

        var verification = await crew.Crew.Recheck.RunAsync(crew.Commit(27), crew.Commit(26), CancellationToken.None);

        Assert.Null(verification);
        Assert.Equal(new RecheckNotBuilt(crew.Commit(26)), Assert.Single(crew.Crew.Record.Findings));
        Assert.Empty(crew.Runner.SamplesTaken);
    }
}
