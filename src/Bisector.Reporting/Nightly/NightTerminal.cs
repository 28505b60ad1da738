namespace Bisector.Reporting.Nightly;

/// <summary>What the nightly job prints at the end: the headline, each step found tonight, and where the reports are.</summary>
public static class NightTerminal
{
    public static void Write(TextWriter output, NightReport night, string directory)
    {
        output.WriteLine();
        output.WriteLine($"Nightly {night.Branch} at {night.HeadSha[..10]}: {NightText.Headline(night)} ({NightText.Arrived(night)}; {NightText.Cost(night)})");
        foreach (var alert in night.Alerts.Where(a => a.Steps.Count > 1))
        {
            output.WriteLine($"   {NightText.AlertLead(alert)}: {NightText.AlertDetail(alert)}");
        }

        foreach (var benchmark in night.Benchmarks)
        {
            output.WriteLine($"   {benchmark.History.Series.Benchmark}: {ReportText.Count(benchmark.Measured.Count, "commit")} measured, {ReportText.Count(benchmark.SamplesTaken, "sample")} taken, {benchmark.SamplesReused} reused" +
                (benchmark.Unbuildable.Count > 0 ? $", skipped (do not build): {string.Join(", ", benchmark.Unbuildable)}" : ""));
            foreach (var step in benchmark.History.Steps.Where(s => s.FoundTonight))
            {
                output.WriteLine($"   {(step.IsAlert ? "REGRESSION" : step.StateName)} {Format.Percent(step.ChangePercent)}: {NightTables.Explain(step)}" +
                    (step.ReportDirectory is { } report ? $" ({report})" : ""));
            }
        }

        output.WriteLine($"Night report: {directory}");
    }
}
