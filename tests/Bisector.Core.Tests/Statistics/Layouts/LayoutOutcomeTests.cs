using Bisector.Core.Domain;
using Bisector.Core.Statistics;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Tests.Statistics.Layouts;

public sealed class LayoutOutcomeTests
{
    private static readonly LayoutSpan s_span = new(95, 105, 100);

    private static LayoutVerdict Verdict(double shift, double low, double high, double defaultShift, LayoutFinding finding) =>
        new(8, shift, low, high, defaultShift, s_span, s_span, finding);

    [Theory]
    [InlineData(6.0, 2.0, 9.0, Direction.Slower, EndpointOutcome.Regression)]
    [InlineData(6.0, -1.0, 13.0, Direction.Slower, EndpointOutcome.Unsure)]
    [InlineData(3.0, 1.0, 5.5, Direction.Slower, EndpointOutcome.Unsure)]
    [InlineData(-0.6, -2.9, 1.8, Direction.Slower, EndpointOutcome.NoRegression)]
    [InlineData(-8.0, -11.0, -6.0, Direction.Slower, EndpointOutcome.Faster)]
    [InlineData(-8.0, -11.0, -6.0, Direction.Faster, EndpointOutcome.Regression)]
    [InlineData(6.0, 2.0, 9.0, Direction.Faster, EndpointOutcome.Faster)]
    public void A_verdict_over_layouts_reads_as_the_default_builds_outcome_would_in_the_direction_asked(
        double shift, double low, double high, Direction direction, EndpointOutcome expected)
    {
        var outcome = LayoutOutcome.Of(Verdict(shift, low, high, 0, LayoutFinding.Code), direction, thresholdPercent: 5);

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public void With_the_same_instructions_a_shift_over_layouts_reads_slower_only_where_its_whole_interval_is_beyond_the_threshold()
    {
        var same = Verdict(6, 2, 9, 0.4, LayoutFinding.Placement) with { WorkDirection = 0 };

        Assert.Equal(EndpointOutcome.Unsure, LayoutOutcome.Of(same, Direction.Slower, thresholdPercent: 5));
        Assert.Equal(EndpointOutcome.Unsure, LayoutOutcome.Of(same with { WorkDirection = -1 }, Direction.Slower, thresholdPercent: 5));
        Assert.Equal(EndpointOutcome.Regression, LayoutOutcome.Of(same with { WorkDirection = 1, Finding = LayoutFinding.Code }, Direction.Slower, thresholdPercent: 5));
        Assert.Equal(EndpointOutcome.Regression, LayoutOutcome.Of(Verdict(8, 6, 11, 0.4, LayoutFinding.Code) with { WorkDirection = 0 }, Direction.Slower, thresholdPercent: 5));
        Assert.False(LayoutOutcome.Hidden(EndpointOutcome.NoRegression, same, Direction.Slower, thresholdPercent: 5));
    }

    [Theory]
    [InlineData(-8.0, -11.0, -6.0, EndpointOutcome.Regression)]
    [InlineData(-6.0, -9.0, -1.0, EndpointOutcome.Unsure)]
    [InlineData(6.0, 1.0, 9.0, EndpointOutcome.NoRegression)]
    [InlineData(8.0, 6.0, 11.0, EndpointOutcome.Faster)]
    public void Asked_for_faster_with_the_same_instructions_a_shift_reads_so_only_where_its_whole_interval_is_beyond_the_threshold(
        double shift, double low, double high, EndpointOutcome expected)
    {
        var verdict = Verdict(shift, low, high, 0, LayoutFinding.Same) with { WorkDirection = 0 };

        Assert.Equal(expected, LayoutOutcome.Of(verdict, Direction.Faster, thresholdPercent: 5));
    }

    [Theory]
    [InlineData(EndpointOutcome.NoRegression, true)]
    [InlineData(EndpointOutcome.Faster, true)]
    [InlineData(EndpointOutcome.Unsure, true)]
    [InlineData(EndpointOutcome.Regression, false)]
    public void A_code_change_over_layouts_is_hidden_only_where_the_default_builds_did_not_show_it(EndpointOutcome defaults, bool hidden)
    {
        var code = Verdict(6, 2, 9, 0.4, LayoutFinding.Code);

        Assert.Equal(hidden, LayoutOutcome.Hidden(defaults, code, Direction.Slower, thresholdPercent: 5));
    }

    [Fact]
    public void Placement_or_an_unsure_shift_over_layouts_hides_nothing()
    {
        var placement = Verdict(-0.6, -2.9, 1.8, 9.5, LayoutFinding.Placement);
        var unsure = Verdict(6, -1, 13, 0.4, LayoutFinding.Same);

        Assert.False(LayoutOutcome.Hidden(EndpointOutcome.NoRegression, placement, Direction.Slower, thresholdPercent: 5));
        Assert.False(LayoutOutcome.Hidden(EndpointOutcome.NoRegression, unsure, Direction.Slower, thresholdPercent: 5));
    }

    [Theory]
    [InlineData(BisectStatus.NoRegression, true, BisectStatus.Inconclusive)]
    [InlineData(BisectStatus.NoRegression, false, BisectStatus.NoRegression)]
    [InlineData(BisectStatus.Inconclusive, true, BisectStatus.Inconclusive)]
    [InlineData(BisectStatus.CulpritFound, false, BisectStatus.CulpritFound)]
    [InlineData(BisectStatus.Ambiguous, true, BisectStatus.Ambiguous)]
    public void A_run_that_found_no_regression_while_placement_hid_a_change_ends_inconclusive(BisectStatus status, bool hidden, BisectStatus expected)
    {
        Assert.Equal(expected, LayoutOutcome.RunStatus(status, hidden));
    }
}
