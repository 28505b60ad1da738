using Bisector.Core.Domain;
using Bisector.Core.Search;

namespace Bisector.Core.Tests.Search;

public sealed class BisectionSearchTests
{
    private static (SearchDecision Decision, int Steps) Drive(int length, Func<int, Verdict> verdictOf)
    {
        var search = new BisectionSearch(length);
        var steps = 0;
        while (search.Next() is SearchDecision.Test test)
        {
            search.Record(test.Index, verdictOf(test.Index));
            steps++;
        }

        return (search.Next(), steps);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(1000)]
    public void It_finds_the_culprit_at_every_position_within_log2_steps(int length)
    {
        for (var culprit = 0; culprit < length; culprit++)
        {
            var (decision, steps) = Drive(length, i => i >= culprit ? Verdict.Bad : Verdict.Good);

            Assert.Equal(new SearchDecision.Culprit(culprit), decision);
            Assert.True(steps <= Math.Ceiling(Math.Log2(length)) + 1, $"{steps} steps for {length} commits");
        }
    }

    [Fact]
    public void A_skipped_commit_just_before_the_culprit_makes_the_result_ambiguous_with_both_as_candidates()
    {
        var (decision, _) = Drive(40, i => i == 26 ? Verdict.Skip : i >= 27 ? Verdict.Bad : Verdict.Good);

        var ambiguous = Assert.IsType<SearchDecision.Ambiguous>(decision);
        Assert.Equal([26, 27], ambiguous.Indexes);
    }

    [Fact]
    public void Skipped_commits_away_from_the_culprit_do_not_stop_the_search()
    {
        var (decision, _) = Drive(40, i => i is 10 or 20 or 33 ? Verdict.Skip : i >= 27 ? Verdict.Bad : Verdict.Good);

        Assert.Equal(new SearchDecision.Culprit(27), decision);
    }

    [Fact]
    public void An_unknown_commit_is_treated_like_a_skipped_one()
    {
        var (decision, _) = Drive(16, i => i is 8 or 9 ? Verdict.Unknown : i >= 10 ? Verdict.Bad : Verdict.Good);

        var ambiguous = Assert.IsType<SearchDecision.Ambiguous>(decision);
        Assert.Equal([8, 9, 10], ambiguous.Indexes);
    }

    [Fact]
    public void The_first_test_is_the_middle_of_the_range()
    {
        var search = new BisectionSearch(42);

        Assert.Equal(new SearchDecision.Test(20), search.Next());
    }

    [Fact]
    public void A_skipped_middle_moves_the_next_test_to_its_nearest_neighbour()
    {
        var search = new BisectionSearch(41);
        search.Record(20, Verdict.Skip);

        var next = Assert.IsType<SearchDecision.Test>(search.Next());
        Assert.Contains(next.Index, new[] { 19, 21 });
    }

    [Fact]
    public void Recording_a_verdict_outside_the_open_interval_is_a_bug_and_throws()
    {
        var search = new BisectionSearch(10);
        search.Record(5, Verdict.Good);

        Assert.Throws<InvalidOperationException>(() => search.Record(3, Verdict.Bad));
        Assert.Throws<InvalidOperationException>(() => search.Record(9, Verdict.Good));
    }

    [Fact]
    public void A_search_resumed_with_a_repaired_verdict_drops_the_steps_the_wrong_one_sent_it_to_and_goes_on_in_the_right_half()
    {
        // 40 commits, culprit 10. Taken: 19 bad, 9 good, 14 good (wrong: it is after the culprit), 16 bad, 15 bad. The
        // search ended on 15 against 14; 14 measured again is bad.
        (int, Verdict)[] taken = [(19, Verdict.Bad), (9, Verdict.Good), (14, Verdict.Bad), (16, Verdict.Bad), (15, Verdict.Bad)];

        var search = BisectionSearch.Resumed(40, taken);

        Assert.Equal((9, 14), (search.LastGood, search.FirstBad));
        Assert.Null(search.VerdictAt(16));
        Assert.Null(search.VerdictAt(15));
        while (search.Next() is SearchDecision.Test test)
        {
            search.Record(test.Index, test.Index >= 10 ? Verdict.Bad : Verdict.Good);
        }

        Assert.Equal(new SearchDecision.Culprit(10), search.Next());
    }
}
