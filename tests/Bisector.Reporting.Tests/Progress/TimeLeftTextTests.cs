using Bisector.Reporting.Progress;
using Xunit;

namespace Bisector.Reporting.Tests.Progress;

public sealed class TimeLeftTextTests
{
    [Theory]
    [InlineData(0, "about 10 s left")]
    [InlineData(31, "about 40 s left")]
    [InlineData(55, "about 1 min left")]
    [InlineData(150, "about 3 min left")]
    [InlineData(59 * 60 + 40, "about 1 h left")]
    [InlineData(60 * 60, "about 1 h left")]
    [InlineData(85 * 60 + 10, "about 1 h 25 min left")]
    [InlineData(3 * 3600 + 59 * 60, "about 4 h left")]
    public void The_estimate_is_said_as_one_rounded_to_what_it_can_promise(int seconds, string expected)
    {
        var text = TimeLeftText.Describe(TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, text);
    }
}
