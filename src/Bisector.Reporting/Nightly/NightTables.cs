using Bisector.Core.Nightly;

namespace Bisector.Reporting.Nightly;

/// <summary>The night's tables, built once and rendered by every view.</summary>
internal static class NightTables
{
    /// <summary>One row a benchmark: what was measured tonight and what was found.</summary>
    public static ReportTable Measured(NightReport night) => new(
        [new("benchmark"), new("metric"), new("commits measured", CellKind.Number), new("samples taken", CellKind.Number), new("samples reused", CellKind.Number), new("skipped (do not build)"), new("steps found tonight", CellKind.Number)],
        night.Benchmarks.Select(b => (IReadOnlyList<string>)
        [
            b.History.Series.Benchmark,
            b.History.Series.Metric,
            Format.Count(b.Measured.Count),
            Format.Count(b.SamplesTaken),
            Format.Count(b.SamplesReused),
            b.Unbuildable.Count == 0 ? "" : string.Join(", ", b.Unbuildable),
            Format.Count(b.History.Steps.Count(s => s.FoundTonight)),
        ]).ToArray());

    /// <summary>Every step of a history, newest first, with its state and, where bisected, its culprit and report.</summary>
    public static ReportTable Steps(BenchmarkHistory history) => new(
        [new("step"), new("commits", CellKind.Code), new("change", CellKind.Number), new("state"), new("where"), new("report", CellKind.Code)],
        history.Steps.Reverse().Select(s => (IReadOnlyList<string>)
        [
            $"#{s.Id}",
            $"{s.BeforeSha[..10]}..{s.AfterSha[..10]}",
            Format.Percent(s.ChangePercent),
            s.StateName + (s.FoundTonight ? " (found tonight)" : ""),
            Explain(s),
            s.ReportDirectory ?? "",
        ]).ToArray());

    /// <summary>A history's measured commits, oldest first, with a mark where a step begins.</summary>
    public static ReportTable Points(BenchmarkHistory history)
    {
        var starts = history.Steps.ToLookup(s => s.CulpritSha ?? s.AfterSha, StringComparer.Ordinal);
        return new(
            [new("commit", CellKind.Code), new("median", CellKind.Number), new("samples", CellKind.Number), new("step"), new("subject")],
            history.Points.Select(p => (IReadOnlyList<string>)
            [
                p.ShortSha,
                Format.Number(p.Median),
                Format.Count(p.Values.Count),
                string.Join("; ", starts[p.Sha].Select(s => $"{Format.Percent(s.ChangePercent)} {s.StateName}")),
                p.Subject,
            ]).ToArray());
    }

    public static string Explain(HistoryMark step) => step.State switch
    {
        ChangeState.Bisected => $"culprit {step.CulpritSha![..10]}",
        ChangeState.New => $"somewhere in {step.BeforeSha[..10]}..{step.AfterSha[..10]} (not narrowed to one commit)",
        ChangeState.Improvement => "faster: not alerted",
        ChangeState.Dismissed => "measured again back to back, the step did not hold: not alerted",
        ChangeState.Fixed => (step.CulpritSha is { } rise ? $"{rise[..10]}, " : "") +
            (step.FixedBySha is { } fix ? $"fixed by {fix[..10]}" : $"fixed by the faster step #{step.FixedByStep}") + " before a night reported it: not alerted",
        _ => step.CulpritSha is { } culprit ? $"culprit {culprit[..10]}, seen and accepted" : "seen and accepted",
    };
}
