using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Statistics;

public sealed class SummaryTests
{
    [Fact]
    public void The_median_of_an_odd_and_an_even_sample_is_the_middle_value_or_the_mean_of_the_two()
    {
        Assert.Equal(3, Summary.Of([5, 1, 3]).Median);
        Assert.Equal(2.5, Summary.Of([4, 1, 3, 2]).Median);
    }

    [Fact]
    public void The_median_interval_of_a_large_sample_is_narrower_than_its_range_and_holds_the_median()
    {
        var values = Enumerable.Range(1, 40).Select(i => (double)i).ToArray();

        var summary = Summary.Of(values);

        Assert.True(summary.MedianLow > summary.Min && summary.MedianHigh < summary.Max);
        Assert.InRange(summary.Median, summary.MedianLow, summary.MedianHigh);
        Assert.Equal((14.0, 27.0), (summary.MedianLow, summary.MedianHigh));
    }

    [Fact]
    public void A_tiny_sample_cannot_do_better_than_its_range()
    {
        var summary = Summary.Of([3, 1, 2]);

        Assert.Equal((1.0, 3.0), (summary.MedianLow, summary.MedianHigh));
    }
}
