using Bisector.Core.Domain;
using Bisector.Core.Nightly;

namespace Bisector.Core.Tests.Nightly;

public class NightPolicyTests
{
    private static readonly HistorySeries Series = new("main", "add_local", "time", "key", "machine");

    private static readonly IReadOnlyDictionary<string, int> Positions =
        Enumerable.Range(0, 10).ToDictionary(i => $"c{i}", i => i);

    private static HistoryStep Step(int before, int after) => new($"c{before}", $"c{after}", after - before, 1.0, 1.2, 20.0, 0.001);

    private static RecordedChange Change(int before, int after, ChangeState state) =>
        new(1, Series, $"c{before}", $"c{after}", 20.0, state, null, null, FoundNight: 1);

    [Fact]
    public void A_step_overlapping_a_recorded_regression_is_known_even_when_its_ends_moved()
    {
        Assert.True(NightPolicy.IsKnown(Step(3, 5), [Change(2, 4, ChangeState.Bisected)], Positions));
        Assert.True(NightPolicy.IsKnown(Step(3, 5), [Change(4, 6, ChangeState.New)], Positions));
    }

    [Fact]
    public void A_step_beside_a_recorded_one_is_new()
    {
        Assert.False(NightPolicy.IsKnown(Step(4, 6), [Change(2, 4, ChangeState.Bisected)], Positions));
        Assert.False(NightPolicy.IsKnown(Step(4, 6), [], Positions));
    }

    [Fact]
    public void A_dismissed_change_hides_only_exactly_the_same_step()
    {
        Assert.True(NightPolicy.IsKnown(Step(3, 5), [Change(3, 5, ChangeState.Dismissed)], Positions));
        Assert.False(NightPolicy.IsKnown(Step(3, 6), [Change(3, 5, ChangeState.Dismissed)], Positions));
    }

    [Theory]
    [InlineData(BisectStatus.CulpritFound, true, ChangeState.Bisected)]
    [InlineData(BisectStatus.Ambiguous, null, ChangeState.New)]
    [InlineData(BisectStatus.Inconclusive, false, ChangeState.New)]
    [InlineData(BisectStatus.Inconclusive, null, ChangeState.Dismissed)]
    [InlineData(BisectStatus.NoRegression, null, ChangeState.Dismissed)]
    public void A_bisection_leaves_its_change_in_the_state_its_status_says(BisectStatus status, bool? confirmed, ChangeState expected)
    {
        Assert.Equal(expected, NightPolicy.StateAfterBisection(status, confirmed));
    }

    [Fact]
    public void The_clearest_step_has_the_smallest_p_value_then_the_most_thresholds()
    {
        var exact = new NightStep(Series, Step(2, 5) with { PValue = 0.004, ChangePercent = 10 }, 5);
        var larger = new NightStep(Series with { Benchmark = "load_store" }, Step(2, 5) with { PValue = 0.004, ChangePercent = 30 }, 5);
        var surer = new NightStep(Series with { Benchmark = "wall" }, Step(3, 5) with { PValue = 0.0001, ChangePercent = 6 }, 5);

        Assert.Same(larger, NightPolicy.Clearest([exact, larger]));
        Assert.Same(surer, NightPolicy.Clearest([exact, larger, surer]));
    }

    [Fact]
    public void A_commit_is_in_a_step_after_its_before_commit_up_to_its_after_commit()
    {
        Assert.Equal([false, true, true, false], new[] { "c2", "c3", "c5", "c6" }.Select(sha => NightPolicy.Contains(Step(2, 5), sha, Positions)));
    }

    [Fact]
    public void A_change_is_news_until_a_night_after_the_one_that_found_it_wrote_its_report()
    {
        Assert.True(NightPolicy.IsUnreported(Change(2, 4, ChangeState.Bisected), reportedThrough: 0));
        Assert.False(NightPolicy.IsUnreported(Change(2, 4, ChangeState.Bisected), reportedThrough: 1));
    }
}
