namespace Bisector.Reporting.Nightly;

/// <summary>One night of the nightly job: the model its JSON, Markdown, HTML and terminal views render.</summary>
/// <param name="NewCommits">Commits that arrived on the branch since the last night.</param>
public sealed record NightReport(string Branch, string HeadSha, DateTimeOffset Started, DateTimeOffset Finished, string Database, int NewCommits, IReadOnlyList<NightBenchmark> Benchmarks)
{
    public const int SchemaVersion = 1;

    /// <summary>Regressions found tonight, one per commit with every benchmark it moved: each is told once, tonight, and never again.</summary>
    public IReadOnlyList<NightAlert> Alerts =>
        NightAlert.Of(Benchmarks.SelectMany(b => b.History.Steps.Where(s => s.IsAlert).Select(s => (b.History, s))));

    /// <summary>Bisections the night ran.</summary>
    public int Bisections { get; init; }

    /// <summary>Culprits already named that the night checked against their parent for another benchmark, instead of bisecting again.</summary>
    public int Checks { get; init; }
}
