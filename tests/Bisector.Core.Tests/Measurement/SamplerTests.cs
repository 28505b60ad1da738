using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;
using Bisector.Simulation;
using Xunit;

namespace Bisector.Core.Tests.Measurement;

public sealed class SamplerTests
{
    private static readonly CommitInfo s_good = Commit('1');
    private static readonly CommitInfo s_bad = Commit('2');

    [Fact]
    public async Task A_round_journals_each_commit_once_under_one_id_after_one_warm_up_per_build()
    {
        var journal = new InMemoryJournal();
        var runner = new CountingRunner(sha => sha == s_good.Sha ? 100 : 150);
        var sampler = new Sampler(journal, SilentObserver.Instance);

        for (var r = 0; r < 3; r++)
        {
            var round = Sampler.NewRound();
            await sampler.TakeAsync(runner, "time", round, s_good, Build(s_good), CancellationToken.None);
            await sampler.TakeAsync(runner, "time", round, s_bad, Build(s_bad), CancellationToken.None);
        }

        Assert.Equal([[100.0, 150.0], [100.0, 150.0], [100.0, 150.0]], journal.Rounds("time", [s_good.Sha, s_bad.Sha]));
        Assert.Equal(new Dictionary<string, int> { [s_good.Sha] = 1, [s_bad.Sha] = 1 }, runner.WarmUps);
        Assert.Equal(6, sampler.Taken);
        Assert.Equal(3, sampler.TakenOf(s_bad.Sha));
    }

    [Fact]
    public async Task Samples_taken_at_once_form_one_round_and_another_runner_warms_the_build_up_again()
    {
        var journal = new InMemoryJournal();
        var timer = new CountingRunner(_ => 1);
        var counter = new CountingRunner(sha => sha == s_good.Sha ? 1000 : 1027);
        var sampler = new Sampler(journal, SilentObserver.Instance);
        await sampler.TakeAsync(timer, "time", Sampler.NewRound(), s_good, Build(s_good), CancellationToken.None);

        var outcomes = await sampler.TakeAtOnceAsync(counter, "instructions", [(s_good, Build(s_good)), (s_bad, Build(s_bad))], CancellationToken.None);

        Assert.Equal([1000.0, 1027.0], outcomes.Select(o => o.Value));
        Assert.Equal([[1000.0, 1027.0]], journal.Rounds("instructions", [s_good.Sha, s_bad.Sha]));
        Assert.Equal(1, counter.WarmUps[s_good.Sha]);
        Assert.Equal(1, timer.WarmUps[s_good.Sha]);
    }

    [Fact]
    public async Task A_failed_sample_is_returned_and_not_journaled()
    {
        var journal = new InMemoryJournal();
        var sampler = new Sampler(journal, SilentObserver.Instance);

        var outcome = await sampler.TakeAsync(new CountingRunner(_ => double.NaN), "time", Sampler.NewRound(), s_good, Build(s_good), CancellationToken.None);

        Assert.False(outcome.Success);
        Assert.Empty(journal.Entries);
        Assert.Equal(0, sampler.Taken);
    }

    private static CommitInfo Commit(char digit) => new(new string(digit, 40), $"commit {digit}", "A <a@example.com>", DateTimeOffset.UnixEpoch, []);

    private static BuildOutcome Build(CommitInfo commit) => new(true, BuildKind.Incremental, commit.Sha, "worktree", 1, $"{commit.Sha}.log", null);

    /// <summary>A benchmark whose value is a function of the build (NaN: it fails), counting warm-ups per artifact folder.</summary>
    private sealed class CountingRunner(Func<string, double> value) : IBenchmarkRunner
    {
        public Dictionary<string, int> WarmUps { get; } = new(StringComparer.Ordinal);

        public Task<SampleOutcome> MeasureAsync(BuildOutcome build, CancellationToken cancellationToken) =>
            Task.FromResult(value(build.ArtifactDirectory) is var v && double.IsNaN(v) ? SampleOutcome.Failure("crashed") : SampleOutcome.Of(v));

        public Task WarmUpAsync(BuildOutcome build, CancellationToken cancellationToken)
        {
            WarmUps[build.ArtifactDirectory] = WarmUps.GetValueOrDefault(build.ArtifactDirectory) + 1;
            return Task.CompletedTask;
        }
    }
}
