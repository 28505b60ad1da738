using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Session;

public sealed class TimeVsInstructionsTests
{
    private static TimeInstructionFinding Finding(EndpointOutcome time, double timePercent, double instructionPercent, Direction direction = Direction.Slower) =>
        TimeVsInstructions.Of(
            new EndpointComparison(time, new ChangeSummary(100, 100 * (1 + (timePercent / 100)), timePercent, timePercent - 1, timePercent + 1, 0.001), 20),
            detectablePercent: 2,
            new InstructionEvidence("callgrind", [1_000_000], [1_000_000 * (1 + (instructionPercent / 100))], instructionPercent, timePercent),
            thresholdPercent: 5,
            direction).Finding;

    [Fact]
    public void Faster_in_time_with_more_instructions_is_opposite_and_never_agree() =>
        Assert.Equal(TimeInstructionFinding.Opposite, Finding(EndpointOutcome.Faster, -10.1, 2.7));

    [Fact]
    public void Slower_in_time_with_fewer_instructions_is_opposite() =>
        Assert.Equal(TimeInstructionFinding.Opposite, Finding(EndpointOutcome.Regression, 9.5, -3));

    [Fact]
    public void Slower_in_time_with_the_same_instructions_is_time_only() =>
        Assert.Equal(TimeInstructionFinding.TimeOnly, Finding(EndpointOutcome.Regression, 9.5, 0.4));

    [Fact]
    public void Both_slower_beyond_the_threshold_agree_and_so_do_both_unchanged()
    {
        Assert.Equal(TimeInstructionFinding.Agree, Finding(EndpointOutcome.Regression, 9.5, 8.8));
        Assert.Equal(TimeInstructionFinding.Agree, Finding(EndpointOutcome.NoRegression, 0.3, 0.2));
    }

    [Fact]
    public void Bisecting_for_faster_turns_the_directions_round() =>
        Assert.Equal(TimeInstructionFinding.Opposite, Finding(EndpointOutcome.Regression, -9.5, 3, Direction.Faster));

    private static bool Disagree(double timePercent, double low, double high, double instructionPercent) =>
        TimeVsInstructions.Disagree(new ChangeSummary(100, 100 * (1 + (timePercent / 100)), timePercent, low, high, 0.001), instructionPercent, thresholdPercent: 5);

    [Fact]
    public void A_pair_with_fewer_instructions_whose_time_is_not_surely_lower_disagrees_whichever_the_direction()
    {
        // The CPython revert: 15 % fewer instructions, and the time +4.4 % (95 % +2.0 % to +7.0 %).
        Assert.True(Disagree(4.4, 2.0, 7.0, -15.1));
        Assert.True(Disagree(-1.0, -3.0, 1.0, -15.1));
        Assert.False(Disagree(-35.3, -39.2, -31.5, -15.1));
        Assert.False(Disagree(12.0, 9.0, 15.0, 6.3));
    }

    [Fact]
    public void A_time_that_surely_moved_by_the_threshold_with_the_same_instructions_disagrees_and_a_small_one_does_not()
    {
        Assert.True(Disagree(-13.6, -18.4, -8.4, 0.0));
        Assert.False(Disagree(-3.0, -4.5, -1.5, 0.2));
        Assert.False(Disagree(0.5, -1.0, 2.0, 0.3));
        // Instructions moved by less than the threshold: no claim either way.
        Assert.False(Disagree(0.5, -1.0, 2.0, -1.2));
    }
}
