namespace Bisector.Reporting.Nightly;

/// <summary>night.json's tree: the night, each benchmark's history and steps, and how many alerts; fields in file order.</summary>
internal sealed record NightFileJson(
    int SchemaVersion,
    string Branch,
    string Head,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string Database,
    int NewCommits,
    int Alerts,
    IReadOnlyList<NightBenchmarkJson> Benchmarks)
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
        [.. night.Benchmarks.Select(NightBenchmarkJson.Of)]);
}
