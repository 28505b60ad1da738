using Bisector.Core.Search;

namespace Bisector.Core.Tests.Search;

public sealed class TimeLeftTests
{
    [Fact]
    public void There_is_no_estimate_before_a_step_has_finished()
    {
        var left = TimeLeft.Estimate(searchStepsLeft: 6, finishedSteps: []);

        Assert.Null(left);
    }

    [Fact]
    public void The_steps_left_and_the_re_check_each_take_the_average_of_the_steps_so_far()
    {
        TimeSpan[] finished = [TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(70)];

        var left = TimeLeft.Estimate(searchStepsLeft: 3, finished);

        // Three search steps and the re-check, a minute each.
        Assert.Equal(TimeSpan.FromMinutes(4), left);
    }

    [Fact]
    public void Once_the_search_is_over_only_the_re_check_is_left()
    {
        var left = TimeLeft.Estimate(searchStepsLeft: 0, [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(90)]);

        Assert.Equal(TimeSpan.FromMinutes(1), left);
    }

    [Fact]
    public void The_steps_left_follow_log2_of_the_commits_still_in_range()
    {
        var search = new BisectionSearch(62);
        var perStep = TimeSpan.FromSeconds(30);

        var left = TimeLeft.Estimate(search.EstimatedStepsLeft(), [perStep]);

        // ceil(log2 62) = 6 search steps, and the re-check.
        Assert.Equal(6, search.EstimatedStepsLeft());
        Assert.Equal(perStep * 7, left);
    }

    [Fact]
    public void A_negative_number_of_steps_is_a_bug_of_the_caller()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLeft.Estimate(-1, [TimeSpan.FromSeconds(1)]));
    }
}
