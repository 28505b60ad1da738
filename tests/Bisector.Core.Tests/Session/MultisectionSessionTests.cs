using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Session;
using Bisector.Simulation;
using Bisector.Core.Statistics;

namespace Bisector.Core.Tests.Session;

/// <summary>The session's rounds: k commits built at once and measured in turn, and builds ahead of a bisection.</summary>
public sealed class MultisectionSessionTests
{
    private static readonly BisectRequest s_request = new("c0", "c39", "synthetic", "output", "ns");

    private static double Step(string sha, Random random) =>
        100 * (1 + (SyntheticGraph.Index(sha) >= 27 ? 0.2 : 0)) * (1 + (0.02 * Gaussian.Next(random)));

    private static async Task<(BisectResult Result, SlowBuilder Builder)> RunAsync(
        int workers, bool buildAhead, int capacity, ISet<string>? broken = null, TimeSpan? backgroundBuild = null)
    {
        var builder = new SlowBuilder(capacity, broken ?? new HashSet<string>(), backgroundBuild ?? TimeSpan.Zero);
        var session = new BisectSession(
            new SyntheticGraph(40), builder, new SyntheticRunner(Step, seed: 7), new InMemoryJournal(), new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance)
        {
            Workers = workers,
            BuildAheadEnabled = buildAhead,
        };
        return (await session.RunAsync(s_request, CancellationToken.None), builder);
    }

    [Fact]
    public async Task Three_workers_build_each_round_at_once_and_name_the_culprit_in_fewer_rounds_than_a_bisection()
    {
        var (bisection, _) = await RunAsync(workers: 1, buildAhead: false, capacity: 1);
        var (multisection, builder) = await RunAsync(workers: 3, buildAhead: false, capacity: 3);

        Assert.Equal(SyntheticGraph.Sha(27), multisection.Culprit!.Sha);
        Assert.Equal(SyntheticGraph.Sha(27), bisection.Culprit!.Sha);
        Assert.True(multisection.Search!.Rounds < bisection.Search!.Rounds, $"{multisection.Search.Rounds} rounds of 3 vs {bisection.Search.Rounds} of 1");
        Assert.Equal(3, builder.MostAtOnce);
        Assert.Equal(3, multisection.Steps.Count(step => step.Round == 1));
        Assert.All(multisection.Steps.Where(step => step.Role == StepRole.Search), step => Assert.InRange(step.Round, 1, multisection.Search.Rounds));
    }

    [Fact]
    public async Task A_commit_that_does_not_build_in_a_round_is_stepped_around()
    {
        var (result, _) = await RunAsync(workers: 2, buildAhead: false, capacity: 2, broken: new HashSet<string> { SyntheticGraph.Sha(13), SyntheticGraph.Sha(20) });

        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.Contains(result.Steps, step => step.Verdict == Verdict.Skip);
    }

    [Fact]
    public async Task A_bisection_builds_the_next_commits_in_the_background_and_none_outlives_the_run()
    {
        var (result, builder) = await RunAsync(workers: 1, buildAhead: true, capacity: 2);

        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.True(builder.InBackground > 0);
        Assert.Equal(builder.InBackground, result.Search!.BuiltAhead);
        Assert.InRange(result.Search.BuiltAheadUsed, 1, result.Search.BuiltAhead);
        Assert.Equal(0, builder.Running);
    }

    [Fact]
    public async Task A_build_ahead_still_running_when_it_is_needed_is_called_off_and_built_in_the_foreground()
    {
        var (result, builder) = await RunAsync(workers: 1, buildAhead: true, capacity: 2, backgroundBuild: TimeSpan.FromMinutes(10));

        Assert.Equal(SyntheticGraph.Sha(27), result.Culprit!.Sha);
        Assert.True(builder.InBackground > 0);
        Assert.Equal(0, result.Search!.BuiltAheadUsed);
        Assert.Equal(0, builder.Running);
    }

    [Fact]
    public async Task Without_build_ahead_or_a_spare_checkout_nothing_is_built_in_the_background()
    {
        var (off, offBuilder) = await RunAsync(workers: 1, buildAhead: false, capacity: 2);
        var (single, singleBuilder) = await RunAsync(workers: 1, buildAhead: true, capacity: 1);

        Assert.Equal(0, offBuilder.InBackground + singleBuilder.InBackground);
        Assert.Equal(0, off.Search!.BuiltAhead + single.Search!.BuiltAhead);
    }

    /// <summary>Builds that take a little while, so that builds started together overlap; counts how many ran at once.</summary>
    /// <summary>Builds in the background take <paramref name="background"/> instead (until called off).</summary>
    private sealed class SlowBuilder(int capacity, ISet<string> broken, TimeSpan background) : IBuilder
    {
        private int _running;

        public int Capacity => capacity;

        public int MostAtOnce { get; private set; }

        public int Running => Volatile.Read(ref _running);

        public int InBackground { get; private set; }

        public Task<BuildOutcome> BuildAsync(CommitInfo commit, CancellationToken cancellationToken) => BuildCoreAsync(commit, TimeSpan.FromMilliseconds(20), cancellationToken);

        public Task<BuildOutcome> BuildInBackgroundAsync(CommitInfo commit, CancellationToken cancellationToken)
        {
            InBackground++;
            return BuildCoreAsync(commit, background, cancellationToken);
        }

        private async Task<BuildOutcome> BuildCoreAsync(CommitInfo commit, TimeSpan takes, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _running);
            lock (this)
            {
                MostAtOnce = Math.Max(MostAtOnce, now);
            }

            try
            {
                await Task.Delay(takes, cancellationToken);
                return broken.Contains(commit.Sha)
                    ? BuildOutcome.Failure(BuildKind.Incremental, 0.02, $"{commit.Sha}.log", "synthetic build failure")
                    : new BuildOutcome(true, BuildKind.Incremental, commit.Sha, "worktree", 0.02, $"{commit.Sha}.log", null);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }
}
