using Bisector.Core.Nightly;

namespace Bisector.Reporting.Nightly;

/// <summary>One benchmark's history on a branch: its measured commits in line order and the steps found in it.</summary>
public sealed record BenchmarkHistory(HistorySeries Series, string Unit, IReadOnlyList<HistoryPoint> Points, IReadOnlyList<HistoryMark> Steps)
{
    public string Title => $"{Series.Benchmark} ({Series.Metric}) on {Series.Branch}";

    /// <summary>Builds the view from what the store holds; changes found after night <paramref name="reportedThrough"/> are tonight's news.</summary>
    public static BenchmarkHistory Of(HistorySeries series, string unit, IReadOnlyList<HistoryCommit> line, IReadOnlyDictionary<string, IReadOnlyList<HistorySample>> samples, IReadOnlyList<RecordedChange> changes, long reportedThrough) =>
        new(
            series,
            unit,
            line.Where(c => samples.ContainsKey(c.Sha))
                .Select(c => new HistoryPoint(c.Sha, c.Position, c.Subject, samples[c.Sha].Select(s => s.Value).ToArray()))
                .ToArray(),
            changes.Select(c => HistoryMark.Of(c, reportedThrough, changes.FirstOrDefault(f => f.Id == c.FixedBy))).ToArray());
}
