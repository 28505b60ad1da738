namespace Bisector.Reporting.Nightly;

/// <summary>What one night did for one benchmark, with its whole history and steps.</summary>
internal sealed record NightBenchmarkJson(
    string Benchmark,
    string Metric,
    string Unit,
    string MeasurementKey,
    string Machine,
    IReadOnlyList<string> Measured,
    IReadOnlyList<string> Unbuildable,
    int SamplesTaken,
    int SamplesReused,
    IReadOnlyList<NightPointJson> History,
    IReadOnlyList<NightStepJson> Steps)
{
    public static NightBenchmarkJson Of(NightBenchmark benchmark)
    {
        var history = benchmark.History;
        return new(
            history.Series.Benchmark,
            history.Series.Metric,
            history.Unit,
            history.Series.MeasurementKey,
            history.Series.Machine,
            benchmark.Measured,
            benchmark.Unbuildable,
            benchmark.SamplesTaken,
            benchmark.SamplesReused,
            [.. history.Points.Select(NightPointJson.Of)],
            [.. history.Steps.Select(NightStepJson.Of)]);
    }
}
