using Bisector.Core.Domain;
using Bisector.Core.Failures;
using Bisector.Core.Statistics;
using Bisector.Simulation;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class PairedComparerTests
{
    [Fact]
    public async Task A_clear_slowdown_is_a_regression_measured_in_alternating_pairs()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02));
        var endpoints = await crew.BuiltAsync(0, 39);

        var comparison = await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, [], CancellationToken.None);

        Assert.Equal(EndpointOutcome.Regression, comparison.Outcome);
        Assert.InRange(comparison.Change.ShiftPercent, 15, 25);
        var rounds = crew.Crew.Pairs.Rounds(endpoints.Good, endpoints.Bad);
        Assert.Equal(comparison.Rounds, rounds.Count);
        Assert.Equal(rounds.Count, crew.Runner.SamplesTaken[SyntheticGraph.Sha(0)]);
        Assert.Equal(rounds.Count, crew.Runner.SamplesTaken[SyntheticGraph.Sha(39)]);
    }

    [Fact]
    public async Task Rounds_already_in_the_journal_are_not_measured_again()
    {
        var crew = new SyntheticCrew(SyntheticCrew.Step(27, 0.20, 0.02));
        var endpoints = await crew.BuiltAsync(0, 39);
        var first = await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, [], CancellationToken.None);
        var taken = crew.Runner.SamplesTaken.Values.Sum();

        var again = await crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, [], CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(taken, crew.Runner.SamplesTaken.Values.Sum());
    }

    [Fact]
    public async Task A_benchmark_that_fails_on_an_endpoint_is_a_usage_error_naming_the_commit()
    {
        var crew = new SyntheticCrew((sha, _) => SyntheticGraph.Index(sha) == 39 ? double.NaN : 100);
        var endpoints = await crew.BuiltAsync(0, 39);

        var error = await Assert.ThrowsAsync<UsageException>(() =>
            crew.Crew.Pairs.CompareAsync(endpoints.Good, endpoints.GoodBuild, endpoints.Bad, endpoints.BadBuild, [], CancellationToken.None));

        var fails = Assert.IsType<BenchmarkFails>(error.Failure);
        Assert.Equal((endpoints.Bad.Sha, false), (fails.Commit.Sha, fails.MeasuredBefore));
    }
}
