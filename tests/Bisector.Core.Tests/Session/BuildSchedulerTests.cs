using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Progress;
using Bisector.Core.Search;
using Bisector.Core.Session;
using Bisector.Simulation;
using Xunit;

namespace Bisector.Core.Tests.Session;

public sealed class BuildSchedulerTests
{
    private static readonly CommitInfo[] s_range = Enumerable.Range(1, 7)
        .Select(i => new CommitInfo(new string((char)('0' + i), 40), $"commit {i}", "A <a@example.com>", DateTimeOffset.UnixEpoch.AddHours(i), []))
        .ToArray();

    [Fact]
    public async Task Each_commit_is_built_once_and_announced_once_however_many_ask_for_it()
    {
        var builder = new SyntheticBuilder(new HashSet<string>());
        var observer = new BuiltCounter();
        var scheduler = new BuildScheduler(builder, observer, buildAhead: true);

        await scheduler.NeedAllAsync([s_range[0], s_range[1]], CancellationToken.None);
        var first = await scheduler.BuildAsync(s_range[0], CancellationToken.None);
        var again = await scheduler.BuildAsync(s_range[0], CancellationToken.None);

        Assert.Equal(2, builder.Builds);
        Assert.Same(first, again);
        Assert.Same(first, scheduler.Known(s_range[0]));
        Assert.Equal([s_range[0].Sha], observer.Built);
    }

    [Fact]
    public async Task Both_possible_next_commits_build_ahead_and_the_one_the_verdict_rules_out_is_called_off()
    {
        var builder = new BackgroundBlockingBuilder();
        var scheduler = new BuildScheduler(builder, new BuiltCounter(), buildAhead: true);
        var search = new BisectionSearch(s_range.Length);
        var tested = search.NextRound(1)[0];

        scheduler.BuildAhead(search, tested, s_range, CancellationToken.None);
        var ifGood = Next(search, tested, Verdict.Good);
        var ifBad = Next(search, tested, Verdict.Bad);
        scheduler.CallOffBuildsAheadExcept([ifGood]);
        await scheduler.StopBuildingAheadAsync();

        Assert.Equal(2, scheduler.AheadCount);
        Assert.Equal(new[] { ifGood.Sha, ifBad.Sha }.Order(), builder.InBackground.Keys.Order());
        Assert.True(builder.InBackground[ifBad.Sha].IsCancellationRequested);
        Assert.True(builder.InBackground[ifGood.Sha].IsCancellationRequested, "the search is over: nothing builds ahead after it");
        Assert.Equal(0, scheduler.AheadUsed);
        Assert.Empty(scheduler.Built());
    }

    [Fact]
    public void Nothing_builds_ahead_when_build_ahead_is_off()
    {
        var builder = new BackgroundBlockingBuilder();
        var scheduler = new BuildScheduler(builder, new BuiltCounter(), buildAhead: false);
        var search = new BisectionSearch(s_range.Length);

        scheduler.BuildAhead(search, search.NextRound(1)[0], s_range, CancellationToken.None);

        Assert.Equal(0, scheduler.AheadCount);
        Assert.Empty(builder.InBackground);
    }

    private static CommitInfo Next(BisectionSearch search, int index, Verdict verdict)
    {
        var whatIf = search.Copy();
        whatIf.Record(index, verdict);
        return s_range[whatIf.NextRound(1)[0]];
    }

    /// <summary>Two checkouts; a build in the background runs until it is called off.</summary>
    private sealed class BackgroundBlockingBuilder : IBuilder
    {
        public Dictionary<string, CancellationToken> InBackground { get; } = new(StringComparer.Ordinal);

        public int Capacity => 2;

        public Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken) =>
            Task.FromResult(new BuildOutcome(true, BuildKind.Incremental, commit.Sha, "worktree", 1, $"{commit.Sha}.log", null));

        public async Task<BuildOutcome> BuildInBackgroundAsync(CommitInfo commit, CancellationToken cancellationToken)
        {
            InBackground[commit.Sha] = cancellationToken;
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class BuiltCounter : ISessionObserver
    {
        public List<string> Built { get; } = [];

        public void Phase(SessionPhase phase)
        {
        }

        public void Testing(CommitInfo commit, int step, int stepsLeft, int candidatesLeft)
        {
        }

        void ISessionObserver.Built(CommitInfo commit, BuildOutcome outcome) => Built.Add(commit.Sha);

        public void Measured(CommitInfo commit, int samples, double lastValue)
        {
        }

        public void Decided(StepRecord step)
        {
        }

        public void Found(Finding finding)
        {
        }
    }
}
