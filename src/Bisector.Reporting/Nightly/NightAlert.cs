namespace Bisector.Reporting.Nightly;

/// <summary>One regression people are told about: one commit (or one unnarrowed range) and every benchmark it moved, the clearest first.</summary>
public sealed record NightAlert(IReadOnlyList<(BenchmarkHistory History, HistoryMark Step)> Steps)
{
    /// <summary>The commit named, when the regression was narrowed to one.</summary>
    public string? CulpritSha => Steps[0].Step.CulpritSha;

    public IReadOnlyList<string> Benchmarks => [.. Steps.Select(s => s.History.Series.Benchmark)];

    /// <summary>Tonight's alerted steps, one alert per culprit; a step not narrowed to one commit is an alert of its own.</summary>
    public static IReadOnlyList<NightAlert> Of(IEnumerable<(BenchmarkHistory History, HistoryMark Step)> steps) =>
        [.. steps
            .GroupBy(s => s.Step.CulpritSha ?? $"#{s.Step.Id}", StringComparer.Ordinal)
            .Select(g => new NightAlert([.. g.OrderByDescending(s => Math.Abs(s.Step.ChangePercent))]))];
}
