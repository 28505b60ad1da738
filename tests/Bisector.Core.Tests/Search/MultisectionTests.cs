using Bisector.Core.Domain;
using Bisector.Core.Search;

namespace Bisector.Core.Tests.Search;

public sealed class MultisectionTests
{
    private static (SearchDecision Decision, int Rounds) Drive(int length, int workers, Func<int, Verdict> verdictOf)
    {
        var search = new BisectionSearch(length);
        var rounds = 0;
        while (search.NextRound(workers) is { Count: > 0 } round)
        {
            Assert.True(round.Count <= workers);
            Assert.Empty(search.RecordRound(round.Select(i => (i, verdictOf(i)))));
            rounds++;
        }

        return (search.Next(), rounds);
    }

    [Theory]
    [InlineData(2, 40)]
    [InlineData(3, 40)]
    [InlineData(4, 200)]
    [InlineData(2, 7)]
    public void It_finds_the_culprit_at_every_position_within_log_k_plus_1_rounds(int workers, int length)
    {
        for (var culprit = 0; culprit < length; culprit++)
        {
            var (decision, rounds) = Drive(length, workers, i => i >= culprit ? Verdict.Bad : Verdict.Good);

            Assert.Equal(new SearchDecision.Culprit(culprit), decision);
            Assert.True(rounds <= Math.Ceiling(Math.Log(length) / Math.Log(workers + 1)) + 1, $"{rounds} rounds for {length} commits with {workers} workers");
        }
    }

    [Fact]
    public void More_workers_need_fewer_rounds_on_the_same_range()
    {
        int Rounds(int workers) => Drive(1000, workers, i => i >= 617 ? Verdict.Bad : Verdict.Good).Rounds;

        Assert.True(Rounds(2) < Rounds(1), $"k=2: {Rounds(2)}, k=1: {Rounds(1)}");
        Assert.True(Rounds(4) < Rounds(2), $"k=4: {Rounds(4)}, k=2: {Rounds(2)}");
    }

    [Fact]
    public void A_round_splits_the_range_into_k_plus_1_parts()
    {
        var search = new BisectionSearch(42);

        Assert.Equal([13, 27], search.NextRound(2));
        Assert.Equal([((SearchDecision.Test)search.Next()).Index], search.NextRound(1));
    }

    [Fact]
    public void A_round_never_picks_a_commit_twice_and_takes_what_is_left_when_few_are_untested()
    {
        var search = new BisectionSearch(4);

        Assert.Equal([0, 1, 2], search.NextRound(5));
    }

    [Fact]
    public void A_skipped_commit_in_a_round_is_stepped_around_as_in_a_bisection()
    {
        var (decision, _) = Drive(60, 3, i => i == 40 ? Verdict.Skip : i >= 41 ? Verdict.Bad : Verdict.Good);

        var ambiguous = Assert.IsType<SearchDecision.Ambiguous>(decision);
        Assert.Equal([40, 41], ambiguous.Indexes);
    }

    [Fact]
    public void A_good_verdict_above_a_bad_one_in_the_same_round_is_not_recorded_and_is_returned()
    {
        var search = new BisectionSearch(30);

        var ignored = search.RecordRound([(20, Verdict.Good), (10, Verdict.Bad)]);

        Assert.Equal([20], ignored);
        Assert.Equal(10, search.FirstBad);
        Assert.Equal(-1, search.LastGood);
    }

    [Fact]
    public void A_copy_answers_what_if_without_changing_the_search()
    {
        var search = new BisectionSearch(42);
        var ifGood = search.Copy();
        ifGood.Record(20, Verdict.Good);

        Assert.Equal(new SearchDecision.Test(20), search.Next());
        Assert.Equal(new SearchDecision.Test(30), ifGood.Next());
    }

    [Fact]
    public void Rounds_left_follow_the_number_of_workers()
    {
        var search = new BisectionSearch(81);

        Assert.Equal(7, search.EstimatedStepsLeft());
        Assert.Equal(4, search.EstimatedStepsLeft(2));
    }
}
