using Bisector.Core.Nightly;

namespace Bisector.History.Tests;

/// <summary>
/// Bisections and culprit checks that answer from where each benchmark's step was planted, and count what was asked:
/// the engine under test decides which to run; measuring is the Cli tests' part.
/// </summary>
internal sealed class PlantedBisector(IReadOnlyDictionary<string, string> culpritByBenchmark) : INightBisector
{
    public List<string> Bisected { get; } = [];

    public List<(string Benchmark, string Culprit)> Checked { get; } = [];

    public Task<NightBisection> BisectAsync(NightStep step, CancellationToken cancellationToken)
    {
        Bisected.Add(step.Series.Benchmark);
        return Task.FromResult(new NightBisection(ChangeState.Bisected, culpritByBenchmark[step.Series.Benchmark], $"/night/{step.Series.Benchmark}"));
    }

    public Task<NightBisection> VerifyAsync(NightStep step, string culpritSha, CancellationToken cancellationToken)
    {
        Checked.Add((step.Series.Benchmark, culpritSha));
        var moved = culpritByBenchmark[step.Series.Benchmark] == culpritSha;
        return Task.FromResult(new NightBisection(moved ? ChangeState.Bisected : ChangeState.Dismissed, moved ? culpritSha : null, $"/night/{step.Series.Benchmark}-check"));
    }
}
