namespace Bisector.Reporting.Nightly;

/// <summary>One regression alerted tonight in night.json: its commit and every benchmark it moved, with their steps' ids.</summary>
internal sealed record NightAlertJson(string? Culprit, IReadOnlyList<string> Benchmarks, IReadOnlyList<long> Steps)
{
    public static NightAlertJson Of(NightAlert alert) => new(alert.CulpritSha, alert.Benchmarks, [.. alert.Steps.Select(s => s.Step.Id)]);
}
