using Bisector.Core.Nightly;

namespace Bisector.Core.Tests.Nightly;

public class NightPlanTests
{
    private static HistoryCommit[] Line(int count) =>
        Enumerable.Range(0, count).Select(i => new HistoryCommit($"c{i:D2}", i, $"commit {i}", DateTimeOffset.UnixEpoch.AddDays(i))).ToArray();

    private static int[] Positions(IEnumerable<HistoryCommit> commits) => commits.Select(c => c.Position).ToArray();

    [Fact]
    public void Everything_that_arrived_is_measured_when_it_fits_the_budget()
    {
        var line = Line(10);
        var measured = line.Take(6).Select(c => c.Sha).ToHashSet();

        Assert.Equal([6, 7, 8, 9], Positions(NightPlan.Choose(line, measured, new HashSet<string>(), budget: 5)));
    }

    [Fact]
    public void A_burst_is_sampled_evenly_with_the_newest_commit_and_later_nights_fill_the_gaps()
    {
        var line = Line(13);
        var measured = new HashSet<string> { "c00" };

        var first = NightPlan.Choose(line, measured, new HashSet<string>(), budget: 4);
        Assert.Equal([3, 6, 9, 12], Positions(first));

        measured.UnionWith(first.Select(c => c.Sha));
        var second = NightPlan.Choose(line, measured, new HashSet<string>(), budget: 4);
        Assert.Equal(4, second.Count);
        Assert.All(second, c => Assert.DoesNotContain(c.Sha, measured));
        // One new commit in each of four of the gaps of three commits, never two in the same gap.
        var gaps = second.Select(c => c.Position / 3).ToArray();
        Assert.Equal(gaps.Distinct().Count(), gaps.Length);
    }

    [Fact]
    public void The_first_night_spans_the_line_from_its_oldest_to_its_newest_commit()
    {
        var chosen = NightPlan.Choose(Line(9), new HashSet<string>(), new HashSet<string>(), budget: 3);

        Assert.Equal([0, 4, 8], Positions(chosen));
    }

    [Fact]
    public void Commits_known_not_to_build_are_never_chosen_again()
    {
        var line = Line(4);

        var chosen = NightPlan.Choose(line, new HashSet<string> { "c00" }, new HashSet<string> { "c02" }, budget: 10);

        Assert.Equal([1, 3], Positions(chosen));
    }
}
