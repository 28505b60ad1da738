using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;
using Bisector.Simulation;
using Bisector.Core.Statistics.Layouts;

namespace Bisector.Core.Tests.Measurement;

public sealed class LayoutRoundsTests
{
    private static readonly CommitInfo s_parent = new(new string('a', 40), "parent", "A <a@example.org>", DateTimeOffset.UnixEpoch, []);
    private static readonly CommitInfo s_commit = new(new string('b', 40), "commit", "A <a@example.org>", DateTimeOffset.UnixEpoch, [new string('a', 40)]);

    /// <summary>Layout builds whose artifact folder is "SHA@LAYOUT"; <paramref name="broken"/> fails to link.</summary>
    private sealed class Layouts(string? broken = null) : ILayoutBuilder
    {
        public Task<BuildOutcome> BuildLayoutAsync(CommitInfo commit, int layout, CancellationToken cancellationToken) =>
            Task.FromResult($"{commit.Sha}@{layout}" == broken
                ? BuildOutcome.Failure(BuildKind.Incremental, 1, "log", "the link failed")
                : new BuildOutcome(true, BuildKind.Incremental, $"{commit.Sha}@{layout}", "worktree", 1, "log", null));
    }

    /// <summary>Identical code landing differently: the commit's default build is 9 % slower, its other layouts as fast as the parent's on average.</summary>
    private static double Placement(string artifacts, Random random)
    {
        var layout = int.Parse(artifacts[(artifacts.IndexOf('@', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        double[] parent = [100, 103, 98, 101, 100, 103, 98, 101];
        double[] commit = [109, 97, 97.5, 98, 109, 97, 97.5, 98];
        return (artifacts.StartsWith('b') ? commit : parent)[layout] * (1 + ((random.NextDouble() - 0.5) * 0.01));
    }

    [Fact]
    public async Task Rounds_pair_the_same_layout_of_both_sides_alternate_their_order_and_keep_padded_samples_out_of_the_series()
    {
        var journal = new InMemoryJournal();
        var rounds = new LayoutRounds(new Layouts(), new Sampler(journal, SilentObserver.Instance), journal);

        var (taken, failure) = await rounds.TakeAsync(new SyntheticRunner(Placement, seed: 3), "time", s_parent, s_commit, layouts: 8, roundsPerLayout: 3, CancellationToken.None);

        Assert.Null(failure);
        Assert.Equal(24, taken!.Count);
        Assert.Equal(Enumerable.Range(0, 24).Select(r => r % 8), taken.Select(r => r.Layout));
        Assert.Equal(3, journal.Samples(s_commit.Sha, "time").Count);
        Assert.Equal(3, journal.Samples(s_commit.Sha, "time.layout-5").Count);
        var firstOfEachRound = journal.Entries.Where(e => e.Series == "time.layout-1").Chunk(2).Select(pair => pair[0].Sha).ToArray();
        Assert.Equal([s_commit.Sha, s_parent.Sha, s_commit.Sha], firstOfEachRound);
        var baselineFirst = journal.Entries.Where(e => e.Series.StartsWith("time", StringComparison.Ordinal)).Chunk(2).Count(pair => pair[0].Sha == s_parent.Sha);
        Assert.Equal(12, baselineFirst);
        Assert.Equal(LayoutFinding.Placement, LayoutComparison.Compare(taken, thresholdPercent: 5).Finding);
    }

    [Fact]
    public async Task Taken_again_on_the_same_journal_the_rounds_are_the_journaled_ones_and_no_sample_is_taken()
    {
        var journal = new InMemoryJournal();
        var runner = new SyntheticRunner(Placement, seed: 3);
        var (first, _) = await new LayoutRounds(new Layouts(), new Sampler(journal, SilentObserver.Instance), journal)
            .TakeAsync(runner, "time", s_parent, s_commit, layouts: 8, roundsPerLayout: 3, CancellationToken.None);
        var samples = journal.Entries.Count;

        var resumed = new Sampler(journal, SilentObserver.Instance);
        var (again, _) = await new LayoutRounds(new Layouts(), resumed, journal)
            .TakeAsync(runner, "time", s_parent, s_commit, layouts: 8, roundsPerLayout: 3, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(0, resumed.Taken);
        Assert.Equal(samples, journal.Entries.Count);
    }

    [Fact]
    public async Task Rounds_journaled_before_count_and_only_the_missing_ones_are_taken()
    {
        var journal = new InMemoryJournal();
        var runner = new SyntheticRunner(Placement, seed: 3);
        var sampler = new Sampler(journal, SilentObserver.Instance);
        await new LayoutRounds(new Layouts(), sampler, journal).TakeAsync(runner, "time", s_parent, s_commit, layouts: 4, roundsPerLayout: 2, CancellationToken.None);

        var (more, _) = await new LayoutRounds(new Layouts(), sampler, journal).TakeAsync(runner, "time", s_parent, s_commit, layouts: 4, roundsPerLayout: 3, CancellationToken.None);

        Assert.Equal(12, more!.Count);
        Assert.Equal((8 + 4) * 2, sampler.Taken); // 8 rounds the first time, the 4 missing ones the second
    }

    [Fact]
    public async Task The_default_builds_rounds_journaled_beyond_those_asked_per_layout_come_last_and_are_not_taken_again()
    {
        var journal = new InMemoryJournal();
        var runner = new SyntheticRunner(Placement, seed: 3);
        var sampler = new Sampler(journal, SilentObserver.Instance);
        // A comparison of the two default builds before the layouts: 10 paired rounds in the series itself.
        await new LayoutRounds(new Layouts(), sampler, journal).TakeAsync(runner, "time", s_parent, s_commit, layouts: 1, roundsPerLayout: 10, CancellationToken.None);

        var (taken, _) = await new LayoutRounds(new Layouts(), sampler, journal).TakeAsync(runner, "time", s_parent, s_commit, layouts: 4, roundsPerLayout: 3, CancellationToken.None);

        Assert.Equal(12 + 7, taken!.Count);
        Assert.Equal([.. Enumerable.Range(0, 12).Select(r => r % 4), .. Enumerable.Repeat(0, 7)], taken.Select(r => r.Layout));
        Assert.Equal(journal.Rounds("time", [s_parent.Sha, s_commit.Sha]).Select(r => (r[0], r[1])), taken.Where(r => r.Layout == 0).Select(r => (r.Baseline, r.Candidate)));
        Assert.Equal((10 + 9) * 2, sampler.Taken); // the 9 rounds of layouts 1 to 3; none of layout 0
    }

    [Fact]
    public async Task A_layout_that_does_not_link_ends_the_comparison_with_its_reason_and_no_sample()
    {
        var journal = new InMemoryJournal();
        var rounds = new LayoutRounds(new Layouts(broken: $"{s_commit.Sha}@2"), new Sampler(journal, SilentObserver.Instance), journal);

        var (taken, failure) = await rounds.TakeAsync(new SyntheticRunner(Placement, seed: 3), "time", s_parent, s_commit, layouts: 4, roundsPerLayout: 2, CancellationToken.None);

        Assert.Null(taken);
        Assert.Equal(new LayoutFailure(2, s_commit, Built: false, "the link failed"), failure);
        Assert.Empty(journal.Entries);
    }
}
