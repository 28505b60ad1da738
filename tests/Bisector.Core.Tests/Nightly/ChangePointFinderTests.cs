using Bisector.Core.Nightly;
using Bisector.Simulation;

namespace Bisector.Core.Tests.Nightly;

public class ChangePointFinderTests
{
    private const int SamplesPerCommit = 5;

    /// <summary>Commits at consecutive positions whose true value follows <paramref name="level"/>, with relative noise.</summary>
    private static MeasuredCommit[] History(int commits, Func<int, double> level, double noisePercent, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, commits)
            .Select(i => new MeasuredCommit(
                $"c{i:D3}",
                i,
                Enumerable.Range(0, SamplesPerCommit).Select(_ => level(i) * (1 + (noisePercent / 100 * Gaussian.Next(random)))).ToArray()))
            .ToArray();
    }

    [Fact]
    public void A_flat_noisy_history_raises_nothing_whatever_the_noise_draws()
    {
        var raised = Enumerable.Range(0, 100)
            .Select(seed => ChangePointFinder.Find(History(30, _ => 100, noisePercent: 3, seed), thresholdPercent: 5))
            .Count(steps => steps.Count > 0);

        Assert.Equal(0, raised);
    }

    [Fact]
    public void Two_regressions_and_an_improvement_are_found_at_their_commits_with_their_direction()
    {
        static double Level(int i) => i < 8 ? 100 : i < 15 ? 112 : i < 22 ? 98 : 110;

        for (var seed = 0; seed < 20; seed++)
        {
            var steps = ChangePointFinder.Find(History(30, Level, noisePercent: 2, seed), thresholdPercent: 5);

            Assert.Equal(["c007>c008", "c014>c015", "c021>c022"], steps.Select(s => $"{s.BeforeSha}>{s.AfterSha}"));
            Assert.Equal([true, false, true], steps.Select(s => s.Rose));
            Assert.InRange(steps[0].ChangePercent, 8, 16);
        }
    }

    [Fact]
    public void A_step_smaller_than_the_threshold_is_not_a_step_even_when_it_is_certain()
    {
        var exact = Enumerable.Range(0, 10).Select(i => new MeasuredCommit($"c{i}", i, Enumerable.Repeat(i < 5 ? 1000.0 : 1030.0, 3).ToArray())).ToArray();

        Assert.Empty(ChangePointFinder.Find(exact, thresholdPercent: 5));
        Assert.Single(ChangePointFinder.Find(exact, thresholdPercent: 2));
    }

    [Fact]
    public void An_exact_metric_with_three_samples_a_commit_shows_its_step_and_how_many_commits_it_spans()
    {
        // Every other commit measured (positions 0, 2, 4, ...): the step lies somewhere in two commits.
        var history = Enumerable.Range(0, 8).Select(i => new MeasuredCommit($"c{i * 2}", i * 2, Enumerable.Repeat(i < 5 ? 5_000_000.0 : 6_000_000.0, 3).ToArray())).ToArray();

        var step = Assert.Single(ChangePointFinder.Find(history, thresholdPercent: 5));

        Assert.Equal(("c8", "c10", 2), (step.BeforeSha, step.AfterSha, step.CommitsInRange));
        Assert.Equal(20, step.ChangePercent, precision: 6);
    }

    [Fact]
    public void A_step_at_the_newest_commit_is_found_the_night_it_arrives()
    {
        var history = History(12, i => i < 11 ? 100 : 120, noisePercent: 2, seed: 7);

        var step = Assert.Single(ChangePointFinder.Find(history, thresholdPercent: 5));

        Assert.Equal("c011", step.AfterSha);
    }

    [Fact]
    public void A_history_of_one_commit_has_no_steps() =>
        Assert.Empty(ChangePointFinder.Find([new MeasuredCommit("a", 0, [1, 2, 3])], 5));
}
