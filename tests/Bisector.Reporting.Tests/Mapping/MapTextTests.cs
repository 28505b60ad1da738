using Bisector.Core.Domain;
using Bisector.Core.Mapping;
using Bisector.Core.Search.Map;
using Bisector.Reporting.Mapping;

namespace Bisector.Reporting.Tests.Mapping;

public sealed class MapTextTests
{
    private static CommitInfo Commit(int index) =>
        new(index.ToString("x2", System.Globalization.CultureInfo.InvariantCulture).PadRight(40, 'c'), $"change {index}", "A <a@example.org>", DateTimeOffset.UnixEpoch, []);

    /// <summary>A map of a line of <paramref name="last"/> commits holding exactly the given steps (percent against the parent).</summary>
    private static RangeMap Map(int last, (int Index, double Percent)[] steps, MapSegment[]? gradual = null)
    {
        var total = LevelShift.Exact(LevelShift.PercentOfLog(steps.Sum(s => Math.Log(1 + (s.Percent / 100))) + (gradual?.Sum(g => g.Shift.Log) ?? 0)));
        var paired = StepPairing.Pair(steps.Select(s => (s.Index, LevelShift.Exact(s.Percent))).ToArray(), total, 1);
        var map = new StepMap(total, paired, gradual ?? [], [], LevelShift.PercentOfLog(gradual?.Sum(g => g.Shift.Log) ?? 0), Probes: 12, Comparisons: 40);
        return new RangeMap(map, Enumerable.Range(0, last + 1).Select(Commit).ToArray(), "instructions", 30, 1);
    }

    [Fact]
    public void Two_remaining_steps_explain_the_change_with_their_shares()
    {
        var range = Map(62, [(17, 2.8), (44, 5.4)]);

        Assert.Equal(
            "main is 8.4 % slower than v2.0: 2 commits explain +8.4 %: 11cccccccc +2.8 % (34.4 %), 2ccccccccc +5.4 % (65.6 %)",
            MapText.Headline(range, "v2.0", "main"));
    }

    [Fact]
    public void Undone_rises_are_counted_in_the_headline_and_each_names_what_undid_it()
    {
        var range = Map(77, [(10, 2.85), (20, 5.39), (22, -5.12), (30, 2.70), (42, -2.63), (60, 2.70), (70, 2.56)]);

        var headline = MapText.Headline(range, "A", "B");

        Assert.StartsWith("B is 8.3 % slower than A: 3 commits remain: ", headline, StringComparison.Ordinal);
        Assert.EndsWith("; 2 rises were undone in between", headline, StringComparison.Ordinal);
        Assert.Equal(
            $"+5.4 % at {Commit(20).ShortSha}, undone by {Commit(22).ShortSha} -5.1 % 2 commits later",
            MapText.Undoing(range, range.Map.Steps.Single(s => s.Index == 20)));
    }

    [Fact]
    public void A_rise_undone_in_part_says_what_remains_of_it()
    {
        var range = Map(30, [(8, 6), (20, -3.5)]);

        Assert.Equal(
            $"+6.0 % at {Commit(8).ShortSha}, undone by {Commit(20).ShortSha} -3.5 % 12 commits later (+2.3 % of it remains)",
            MapText.Undoing(range, range.Map.Steps[0]));
    }

    [Fact]
    public void A_rise_on_a_merged_branch_undone_on_the_main_line_counts_no_commits_between_them()
    {
        // The range's line 0..6 (4 the merge), then the branch's line appended: its merge base 1, then 11 and 12.
        CommitInfo[] line =
        [
            .. Enumerable.Range(0, 7).Select(Commit),
            Commit(1) with { Parents = [Commit(0).Sha] },
            Commit(11) with { Parents = [Commit(1).Sha] },
            Commit(12) with { Parents = [Commit(11).Sha] },
        ];
        var steps = StepPairing.Pair([(8, LevelShift.Exact(6)), (6, LevelShift.Exact(-6))], LevelShift.Exact(0), 1);
        var range = new RangeMap(new StepMap(LevelShift.Exact(0), steps, [], [], 0, Probes: 0, Comparisons: 9), line, "instructions", 9, 1);

        Assert.Equal($"+6.0 % at {Commit(11).ShortSha}, undone by {Commit(6).ShortSha} -6.0 % later", MapText.Undoing(range, range.Map.Steps[0]));
    }

    [Fact]
    public void A_slope_is_its_own_clause_and_line()
    {
        var slope = new MapSegment(19, 31, LevelShift.Exact(3.1));
        var range = Map(40, [], [slope]);

        Assert.Equal("main is 3.1 % slower than v2.0: no step of the range remains at the tip; +3.1 % came gradually, in 1 stretch of small commits", MapText.Headline(range, "v2.0", "main"));
        Assert.Equal($"+3.1 % spread over 12 commits between {Commit(19).ShortSha} and {Commit(31).ShortSha}, none above 1.0 %", MapText.Gradual(range, slope, 1));
    }

    [Fact]
    public void A_slope_holding_a_commit_that_reached_the_threshold_unsurely_names_it_with_its_interval()
    {
        var slope = new MapSegment(19, 31, new LevelShift(10.2, 6.1, 14.4)) { Unsure = new UnsureCommit(24, new LevelShift(7.2, -1.04, 13.8)) };
        var range = Map(40, [], [slope]);

        Assert.Equal(
            $"+10.2 % spread over 12 commits between {Commit(19).ShortSha} and {Commit(31).ShortSha}, none surely above 5.0 % ({Commit(24).ShortSha} +7.2 %, 95 % interval -1.0 % to +13.8 %)",
            MapText.Gradual(range, slope, 5));
    }
}
