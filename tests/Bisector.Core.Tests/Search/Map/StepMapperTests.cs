using Bisector.Core.Search.Map;

namespace Bisector.Core.Tests.Search.Map;

public sealed class StepMapperTests
{
    private static async Task<StepMap> MapAsync(ExactLevels line, int last, double threshold = 1, int? probes = null) =>
        await new StepMapper(line, new StepMapOptions(threshold, probes)).MapAsync(last, CancellationToken.None);

    [Fact]
    public async Task Nine_steps_of_which_three_rises_are_undone_are_all_found_paired_as_planted_and_three_remain()
    {
        // Modelled on a real interpreter's range of 77 commits: +8.5 % at the ends, nine steps, three rises undone later.
        var line = new ExactLevels(77, (10, 2.85), (20, 5.39), (22, -5.12), (30, 2.70), (42, -2.63), (50, 2.70), (53, -2.63), (60, 2.70), (70, 2.56));

        var map = await MapAsync(line, 77, threshold: 2);

        Assert.Equal(new[] { 10, 20, 22, 30, 42, 50, 53, 60, 70 }, map.Steps.Select(s => s.Index));
        Assert.Equal(new[] { 10, 60, 70 }, map.Remaining.Select(s => s.Index));
        Assert.Equal(new (int, int?)[] { (20, 22), (30, 42), (50, 53) }, map.Undone.Select(s => (s.Index, s.UndoneBy)));
        Assert.All(map.Steps.Where(s => s.Undoes is not null), s => Assert.False(s.Remains));
        Assert.Equal(100, map.Remaining.Sum(s => s.SharePercent) + (map.UnexplainedPercent / map.Total.Percent * 100), 0);
        Assert.All(map.Remaining, s => Assert.InRange(s.SharePercent, 29, 36));
        Assert.Equal(10, map.Culprit(slower: true)!.Index);
        Assert.Empty(map.Gradual);
        Assert.True(line.Measured < 60, $"{line.Measured} commits measured");
    }

    [Fact]
    public async Task A_flat_line_names_nothing_and_counts_its_probes()
    {
        var line = new ExactLevels(40);

        var map = await MapAsync(line, 40);

        Assert.Empty(map.Steps);
        Assert.Empty(map.Gradual);
        Assert.True(map.Probes > 0);
        Assert.Equal(map.Probes + 2, line.Measured);
        Assert.Null(map.Culprit(slower: true));
    }

    [Fact]
    public async Task A_rise_and_its_undoing_between_agreeing_ends_are_found_and_paired_and_neither_is_the_culprit()
    {
        var line = new ExactLevels(40, (12, 5), (20, -4.9));

        var map = await MapAsync(line, 40);

        Assert.Equal(new[] { 12, 20 }, map.Steps.Select(s => s.Index));
        Assert.Equal(20, map.Steps[0].UndoneBy);
        Assert.Equal(12, map.Steps[1].Undoes);
        Assert.Empty(map.Remaining);
        Assert.Null(map.Culprit(slower: true));
    }

    [Fact]
    public async Task Without_probes_agreeing_ends_are_trusted_and_the_pair_inside_is_not_seen()
    {
        var line = new ExactLevels(40, (12, 5), (20, -4.9));

        var map = await MapAsync(line, 40, probes: 0);

        Assert.Empty(map.Steps);
        Assert.Equal(0, map.Probes);
        Assert.Equal(2, line.Measured);
    }

    [Fact]
    public async Task Nested_pairs_pair_inside_out()
    {
        var line = new ExactLevels(32, (5, 3), (10, 5), (15, -5), (25, -3));

        var map = await MapAsync(line, 32);

        Assert.Equal(new (int, int?)[] { (5, 25), (10, 15), (15, null), (25, null) }, map.Steps.Select(s => (s.Index, s.UndoneBy)));
        Assert.Empty(map.Remaining);
    }

    [Fact]
    public async Task A_rise_undone_in_part_leaves_the_rest_remaining_with_the_whole_share()
    {
        var line = new ExactLevels(30, (8, 6), (20, -3.5));

        var map = await MapAsync(line, 30);

        var rise = map.Steps[0];
        Assert.True(rise.Remains);
        Assert.Equal(20, rise.UndoneBy);
        Assert.Equal(map.Total.Percent, rise.RemainingPercent, 6);
        Assert.Equal(100, rise.SharePercent, 6);
        Assert.False(map.Steps[1].Remains);
        Assert.Equal(8, map.Culprit(slower: true)!.Index);
    }

    [Fact]
    public async Task A_regression_and_a_smaller_improvement_are_two_changes_with_shares_beyond_and_below_the_whole()
    {
        var line = new ExactLevels(30, (10, 5), (25, -2));

        var map = await MapAsync(line, 30);

        Assert.Equal(new[] { true, true }, map.Steps.Select(s => s.Remains));
        Assert.True(map.Steps[0].SharePercent > 100);
        Assert.True(map.Steps[1].SharePercent < 0);
        Assert.Equal(100, map.Steps.Sum(s => s.SharePercent), 6);
        Assert.Equal(25, map.Culprit(slower: false)!.Index);
    }

    [Fact]
    public async Task A_slope_of_small_commits_is_one_gradual_segment_and_no_step()
    {
        var slope = Enumerable.Range(20, 12).Select(i => (i, 0.26)).ToArray();
        var line = new ExactLevels(40, slope);

        var map = await MapAsync(line, 40);

        Assert.Empty(map.Steps);
        var segment = Assert.Single(map.Gradual);
        Assert.True(segment.From <= 19 && segment.To >= 31, $"{segment.From}..{segment.To}");
        Assert.Equal(map.Total.Percent, map.UnexplainedPercent, 6);
    }

    [Fact]
    public async Task Two_regressions_of_different_sizes_are_both_named_with_shares_summing_to_the_whole()
    {
        var line = new ExactLevels(62, (17, 2.8), (44, 5.4));

        var map = await MapAsync(line, 62, threshold: 1);

        Assert.Equal(new[] { 17, 44 }, map.Remaining.Select(s => s.Index));
        Assert.Equal(100, map.Remaining.Sum(s => s.SharePercent), 6);
        Assert.Equal(44, map.Culprit(slower: true)!.Index);
        Assert.Equal(0, map.UnexplainedPercent, 6);
    }

    [Fact]
    public async Task A_check_added_then_a_larger_change_on_top_then_the_check_removed_pairs_the_check_across_the_larger_change()
    {
        var line = new ExactLevels(30, (5, 2), (10, 6), (15, -2));

        var map = await MapAsync(line, 30);

        Assert.Equal(new (int, int?, bool)[] { (5, 15, false), (10, null, true), (15, null, false) }, map.Steps.Select(s => (s.Index, s.UndoneBy, s.Remains)));
        Assert.InRange(map.Steps[1].SharePercent, 99, 102);
        Assert.Equal(10, map.Culprit(slower: true)!.Index);
    }

    [Fact]
    public async Task A_step_beside_a_commit_that_does_not_build_is_left_as_a_segment_of_both_and_the_rest_is_mapped()
    {
        var line = new ExactLevels(40, (9, 3), (30, 4)).Broken(8, 13, 25);

        var map = await MapAsync(line, 40);

        Assert.Equal(new[] { 30 }, map.Steps.Select(s => s.Index));
        var unmeasured = Assert.Single(map.Unmeasured);
        Assert.True(unmeasured.From < 8 && unmeasured.To >= 9 && unmeasured.To < 13, $"{unmeasured.From}..{unmeasured.To}");
        Assert.Equal(3, unmeasured.Shift.Percent, 6);
    }

    [Fact]
    public async Task A_move_inside_commits_that_do_not_build_is_that_segment_alone_not_also_a_slope_around_it()
    {
        // As on the sample: one commit does not build and the next fixes it; the move is theirs, the rest is flat.
        var line = new ExactLevels(40, (9, -16)).Broken(8);

        var map = await MapAsync(line, 40, threshold: 5, probes: 0);

        Assert.Empty(map.Steps);
        Assert.Empty(map.Gradual);
        var unmeasured = Assert.Single(map.Unmeasured);
        Assert.Equal((7, 9), (unmeasured.From, unmeasured.To));
    }

    /// <summary>A meter that is unsure of one commit against its parent: its estimate stands, its test cannot say it moved.</summary>
    private sealed class UnsureAt(ExactLevels line, int index) : ISegmentMeter
    {
        public ValueTask<bool> CanMeasureAsync(int at, CancellationToken cancellationToken) => line.CanMeasureAsync(at, cancellationToken);

        public async ValueTask<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken)
        {
            var shift = await line.CompareAsync(older, newer, cancellationToken);
            return newer == index && newer - older == 1 ? shift with { LowPercent = -1, SurelyBeyondThreshold = false } : shift;
        }
    }

    [Fact]
    public async Task A_slope_holding_one_commit_at_the_threshold_that_is_not_sure_names_that_commit_in_the_segment()
    {
        var slope = Enumerable.Range(20, 8).Select(i => (i, i == 24 ? 7.0 : 1.5)).ToArray();
        var line = new ExactLevels(40, slope);

        var map = await new StepMapper(new UnsureAt(line, 24), new StepMapOptions(5, Probes: 0)).MapAsync(40, CancellationToken.None);

        Assert.Empty(map.Steps);
        var segment = Assert.Single(map.Gradual);
        Assert.Equal(24, segment.Unsure!.Index);
        Assert.Equal(7, segment.Unsure.Shift.Percent, 6);
    }

    /// <summary>A meter for which one commit builds but does not run: compared, it throws; asked after, it cannot be measured.</summary>
    private sealed class CrashesAt(ExactLevels line, int index) : ISegmentMeter
    {
        private bool _crashed;

        public async ValueTask<bool> CanMeasureAsync(int at, CancellationToken cancellationToken) => !(_crashed && at == index) && await line.CanMeasureAsync(at, cancellationToken);

        public ValueTask<LevelShift> CompareAsync(int older, int newer, CancellationToken cancellationToken)
        {
            if (older == index || newer == index)
            {
                _crashed = true;
                throw new UnmeasurableCommitException(index, "exit 139");
            }

            return line.CompareAsync(older, newer, cancellationToken);
        }
    }

    [Fact]
    public async Task A_commit_that_builds_but_does_not_run_is_stepped_around_when_splitting_a_segment()
    {
        // 20 is the middle of 0..40, which moved.
        var line = new ExactLevels(40, (30, 4));

        var map = await new StepMapper(new CrashesAt(line, 20), new StepMapOptions(1)).MapAsync(40, CancellationToken.None);

        Assert.Equal([30], map.Steps.Select(s => s.Index));
        Assert.Empty(map.Unmeasured);
        Assert.DoesNotContain(line.Compared, c => c.Older == 20 || c.Newer == 20);
    }

    [Fact]
    public async Task A_probe_that_builds_but_does_not_run_is_left_out_and_the_pieces_around_it_are_compared()
    {
        // Ends agree; the probes are 10, 20 and 30, and 20 does not run.
        var line = new ExactLevels(40, (5, 5), (35, -4.9));

        var map = await new StepMapper(new CrashesAt(line, 20), new StepMapOptions(1, Probes: 3)).MapAsync(40, CancellationToken.None);

        Assert.Equal([5, 35], map.Steps.Select(s => s.Index));
        Assert.Contains((10, 30), line.Compared);
    }

    [Fact]
    public async Task Around_a_known_step_only_the_segments_before_and_after_it_are_explored_and_the_known_step_is_not_measured_again()
    {
        var line = new ExactLevels(40, (12, 4), (30, 9));

        var map = await new StepMapper(line, new StepMapOptions(1, Probes: 0)).MapAroundAsync(40, 30, LevelShift.Exact(9), CancellationToken.None);

        Assert.Equal(new[] { 12, 30 }, map.Steps.Select(s => s.Index));
        Assert.Equal(30, map.Culprit(slower: true)!.Index);
        Assert.Equal(100, map.Remaining.Sum(s => s.SharePercent), 6);
        Assert.Equal(0, map.UnexplainedPercent, 6);
        Assert.DoesNotContain((29, 30), line.Compared);
    }

    [Fact]
    public async Task Around_a_known_step_at_the_first_commit_and_with_flat_ends_on_the_other_side_nothing_else_is_named()
    {
        var line = new ExactLevels(20, (1, 6));

        var map = await new StepMapper(line, new StepMapOptions(1, Probes: 0)).MapAroundAsync(20, 1, LevelShift.Exact(6), CancellationToken.None);

        Assert.Equal(new[] { 1 }, map.Steps.Select(s => s.Index));
        Assert.Equal(new[] { (0, 20), (1, 20) }, line.Compared);
    }
}
