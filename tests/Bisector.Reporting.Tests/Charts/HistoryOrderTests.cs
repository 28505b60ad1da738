using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Reporting.Charts;

namespace Bisector.Reporting.Tests.Charts;

/// <summary>Tested commits put back in history order from the order they were tested in.</summary>
public sealed class HistoryOrderTests
{
    private static StepRecord Step(char digit, StepRole role, Verdict verdict) =>
        new(SampleResults.Commit(digit, $"change {digit}"), role, verdict, [], null, null, null, null);

    private static string Order(params StepRecord[] steps) => string.Concat(HistoryOrder.Of(steps).Select(s => s.Commit.Sha[0]));

    [Fact]
    public void Good_steps_go_up_and_bad_steps_go_down_between_the_endpoints()
    {
        var order = Order(
            Step('1', StepRole.Good, Verdict.Good), Step('f', StepRole.Bad, Verdict.Bad),
            Step('8', StepRole.Search, Verdict.Good), Step('c', StepRole.Search, Verdict.Bad), Step('a', StepRole.Search, Verdict.Bad), Step('9', StepRole.Search, Verdict.Good));

        Assert.Equal("189acf", order);
    }

    [Fact]
    public void A_skipped_commit_is_placed_by_the_first_parent_links_of_its_neighbours()
    {
        var order = Order(
            Step('1', StepRole.Good, Verdict.Good), Step('f', StepRole.Bad, Verdict.Bad),
            Step('8', StepRole.Search, Verdict.Good), Step('d', StepRole.Search, Verdict.Unknown), Step('c', StepRole.Search, Verdict.Bad), Step('b', StepRole.Search, Verdict.Skip));

        Assert.Equal("18bcdf", order);
    }

    [Fact]
    public void A_merged_branch_comes_in_just_before_the_merge()
    {
        var order = Order(
            Step('1', StepRole.Good, Verdict.Good), Step('9', StepRole.Bad, Verdict.Bad),
            Step('5', StepRole.Search, Verdict.Good), Step('7', StepRole.Search, Verdict.Bad), Step('6', StepRole.Search, Verdict.Good),
            Step('b', StepRole.BranchGood, Verdict.Good), Step('e', StepRole.BranchBad, Verdict.Bad), Step('c', StepRole.Search, Verdict.Good), Step('d', StepRole.Search, Verdict.Bad));

        Assert.Equal("156bcde79", order);
    }

    [Fact]
    public void Every_step_appears_exactly_once_in_the_order()
    {
        var steps = SampleResults.CulpritFound().Steps;

        var order = HistoryOrder.Of(steps);

        Assert.Equal(steps.Count, order.Count);
        Assert.All(steps, s => Assert.Contains(order, o => ReferenceEquals(o, s)));
    }
}
