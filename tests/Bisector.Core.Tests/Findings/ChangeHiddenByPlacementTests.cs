using Bisector.Core.Findings;

namespace Bisector.Core.Tests.Findings;

public sealed class ChangeHiddenByPlacementTests
{
    [Theory]
    [InlineData(14.3, 9.8, 18.1, 0.4, true)] // slower over layouts, the default builds short of it: placement hid it
    [InlineData(14.3, 9.8, 18.1, 11.1, false)] // inside the interval: the default builds saw it and could not confirm it
    [InlineData(14.3, 9.8, 18.1, 19.0, false)] // beyond it: they saw more, nothing was hidden by where the code landed
    [InlineData(-14.0, -18.0, -10.0, -5.0, true)] // bisecting for faster: short of the interval is above it
    [InlineData(-14.0, -18.0, -10.0, -19.0, false)]
    public void Placement_hid_the_change_only_where_the_default_builds_fell_short_of_the_interval_over_layouts(
        double shift, double low, double high, double defaults, bool placed) =>
        Assert.Equal(placed, new ChangeHiddenByPlacement("v1.0", "main", 8, shift, low, high, defaults).Placed);
}
