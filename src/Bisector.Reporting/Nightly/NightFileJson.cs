namespace Bisector.Reporting.Nightly;

/// <summary>night.json's tree: the night, each benchmark's history and steps, and how many alerts (one per regression: one commit, every benchmark it moved); fields in file order.</summary>
internal sealed record NightFileJson(
    int SchemaVersion,
    string Branch,
    string Head,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string Database,
    int NewCommits,
    int Alerts,
    IReadOnlyList<NightBenchmarkJson> Benchmarks,
    int Bisections,
    int Checks,
    IReadOnlyList<NightAlertJson> Regressions)
{
    public static NightFileJson Of(NightReport night) => new(
        NightReport.SchemaVersion,
        night.Branch,
        night.HeadSha,
        night.Started,
        night.Finished,
        night.Database,
        night.NewCommits,
        night.Alerts.Count,
        [.. night.Benchmarks.Select(NightBenchmarkJson.Of)],
        night.Bisections,
        night.Checks,
        [.. night.Alerts.Select(NightAlertJson.Of)]);
}
