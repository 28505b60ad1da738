using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Reporting.Charts;

namespace Bisector.Reporting.Tests.Charts;

/// <summary>Tested commits put back in history order from the order they were tested in.</summary>
public sealed class HistoryOrderTests
{
    private static StepRecord Step(char digit, string role, Verdict verdict) =>
        new(SampleResults.Commit(digit, $"change {digit}"), role, verdict, [], null, null, null, null);

    private static string Order(params StepRecord[] steps) => string.Concat(HistoryOrder.Of(steps).Select(s => s.Commit.Sha[0]));

    [Fact]
    public void Good_steps_go_up_and_bad_steps_go_down_between_the_endpoints()
    {
        var order = Order(
            Step('1', "good", Verdict.Good), Step('f', "bad", Verdict.Bad),
            Step('8', "search", Verdict.Good), Step('c', "search", Verdict.Bad), Step('a', "search", Verdict.Bad), Step('9', "search", Verdict.Good));

        Assert.Equal("189acf", order);
    }

    [Fact]
    public void A_skipped_commit_is_placed_by_the_first_parent_links_of_its_neighbours()
    {
        var order = Order(
            Step('1', "good", Verdict.Good), Step('f', "bad", Verdict.Bad),
            Step('8', "search", Verdict.Good), Step('d', "search", Verdict.Unknown), Step('c', "search", Verdict.Bad), Step('b', "search", Verdict.Skip));

        Assert.Equal("18bcdf", order);
    }

    [Fact]
    public void A_merged_branch_comes_in_just_before_the_merge()
    {
        var order = Order(
            Step('1', "good", Verdict.Good), Step('9', "bad", Verdict.Bad),
            Step('5', "search", Verdict.Good), Step('7', "search", Verdict.Bad), Step('6', "search", Verdict.Good),
            Step('b', "branch-good", Verdict.Good), Step('e', "branch-bad", Verdict.Bad), Step('c', "search", Verdict.Good), Step('d', "search", Verdict.Bad));

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
