using Bisector.Core.Nightly;

namespace Bisector.Core.Tests.Nightly;

public class UndoneRegressionsTests
{
    [Fact]
    public void A_rise_taken_back_by_a_later_faster_step_of_about_its_size_is_undone_by_it()
    {
        Assert.Equal([(0, 1)], UndoneRegressions.Find([30, -23], 5));
    }

    [Fact]
    public void A_faster_step_that_takes_back_only_part_of_a_rise_leaves_it_standing()
    {
        Assert.Empty(UndoneRegressions.Find([30, -12], 5));
    }

    [Fact]
    public void The_nearest_rise_is_the_one_undone()
    {
        Assert.Equal([(1, 2)], UndoneRegressions.Find([20, 20, -17], 5));
    }

    [Fact]
    public void A_faster_step_before_a_rise_does_not_undo_it()
    {
        Assert.Empty(UndoneRegressions.Find([-23, 30], 5));
    }
}
