using Bisector.Core.Configuration;

namespace Bisector.Core.Tests.Configuration;

public sealed class MetricTests
{
    [Fact]
    public void The_catalogue_lists_every_metric_by_the_name_configs_and_reports_spell()
    {
        Assert.Equal(["wall-time", "cpu-time", "instructions", "callgrind", "output"], Metric.Names);
        Assert.Equal(Metric.Names, Metric.All.Select(m => m.ToString()));
    }

    [Theory]
    [InlineData("wall-time", "s", true, false, false)]
    [InlineData("cpu-time", "ms", true, false, false)]
    [InlineData("instructions", "instructions", false, true, false)]
    [InlineData("callgrind", "instructions", false, true, true)]
    [InlineData("output", "value", true, false, false)]
    public void Each_metric_has_its_unit_and_says_whether_it_is_a_time_a_count_and_exact(string name, string unit, bool time, bool count, bool exact)
    {
        var metric = Metric.Named(name);

        Assert.NotNull(metric);
        Assert.Equal(unit, metric.Unit);
        Assert.Equal(time, metric.MeasuresTime);
        Assert.Equal(count, metric.CountsInstructions);
        Assert.Equal(exact, metric.RepeatsExactly);
    }

    [Theory]
    [InlineData("wall")]
    [InlineData("Wall-Time")]
    [InlineData("speed")]
    [InlineData("")]
    public void A_config_names_a_metric_exactly_as_the_catalogue_spells_it(string text) =>
        Assert.Null(Metric.Named(text));

    [Theory]
    [InlineData("wall-time", "wall-time")]
    [InlineData("WALL", "wall-time")]
    [InlineData("time", "wall-time")]
    [InlineData("task-clock", "cpu-time")]
    [InlineData("cpu", "cpu-time")]
    [InlineData("Instructions", "instructions")]
    [InlineData("callgrind", "callgrind")]
    [InlineData("stdout", "output")]
    [InlineData("pyperf", "output")]
    public void The_command_line_takes_a_name_or_an_alias_in_any_case(string text, string name)
    {
        Assert.True(Metric.TryParse(text, out var metric));
        Assert.Same(Metric.Named(name), metric);
        Assert.Same(metric, Metric.Parse(text));
    }

    [Fact]
    public void Text_that_is_no_metric_is_refused()
    {
        Assert.False(Metric.TryParse("speed", out var metric));
        Assert.Null(metric);
        Assert.Throws<ArgumentOutOfRangeException>(() => Metric.Parse("speed"));
    }
}
