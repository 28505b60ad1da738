namespace Bisector.Reporting.Nightly;

/// <summary>One night of the nightly job: the model its JSON, Markdown, HTML and terminal views render.</summary>
/// <param name="NewCommits">Commits that arrived on the branch since the last night.</param>
public sealed record NightReport(string Branch, string HeadSha, DateTimeOffset Started, DateTimeOffset Finished, string Database, int NewCommits, IReadOnlyList<NightBenchmark> Benchmarks)
{
    public const int SchemaVersion = 1;

    /// <summary>Regressions found tonight: each is told once, tonight, and never again.</summary>
    public IReadOnlyList<(BenchmarkHistory History, HistoryMark Step)> Alerts =>
        Benchmarks.SelectMany(b => b.History.Steps.Where(s => s.IsAlert).Select(s => (b.History, s))).ToArray();
}
