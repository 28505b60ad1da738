using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Statistics;

public sealed class SignedRankTestTests
{
    [Fact]
    public void Ten_differences_all_above_zero_give_two_to_the_minus_ten()
    {
        Assert.Equal(Math.Pow(2, -10), SignedRankTest.PGreater([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 12);
    }

    [Fact]
    public void Equal_differences_are_ties_and_still_give_the_exact_p_value()
    {
        Assert.Equal(Math.Pow(2, -10), SignedRankTest.PGreater(Enumerable.Repeat(0.2, 10).ToArray()), 12);
    }

    [Fact]
    public void The_p_value_matches_the_textbook_distribution_for_five_values()
    {
        // W+ = 1 + 3 + 4 + 5 = 13 of 15; of the 32 sign patterns, three reach 13 or more (13, 14 and 15).
        Assert.Equal(3.0 / 32, SignedRankTest.PGreater([-2, 1, 3, 4, 5]), 12);
    }

    [Fact]
    public void Differences_centred_below_zero_are_not_significant_above_it()
    {
        Assert.True(SignedRankTest.PGreater([-1, -2, -3, -4, -5, -6, 0.5]) > 0.9);
    }

    [Fact]
    public void The_location_is_the_median_of_walsh_averages_inside_its_interval()
    {
        var (estimate, low, high) = SignedRankTest.Location([1, 2, 3, 4, 100]);

        Assert.Equal(3, estimate);
        Assert.True(low <= estimate && estimate <= high);
    }
}
