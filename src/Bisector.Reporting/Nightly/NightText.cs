namespace Bisector.Reporting.Nightly;

/// <summary>Sentences the night's views share.</summary>
public static class NightText
{
    public static string Headline(NightReport night) => night.Alerts.Count switch
    {
        0 => "no new regression",
        1 => "1 new regression",
        var n => $"{n} new regressions",
    };

    public static string Arrived(NightReport night) => night.NewCommits switch
    {
        0 => "no new commit since the last night",
        1 => "1 new commit since the last night",
        var n => $"{n} new commits since the last night",
    };

    /// <summary>Where the night ran and when: "Branch `main` at `07aaaaaaaa`, 3 new commits since the last night; ...".</summary>
    public static string Branch(NightReport night) =>
        $"Branch `{night.Branch}` at `{night.HeadSha[..10]}`, {Arrived(night)}; {Format.Date(night.Started)} to {Format.Date(night.Finished)}.";

    /// <summary>
    /// An alert's lead, which the views set in bold: "Regression in prog: +20.0 %", or for a commit that moved several
    /// benchmarks "Regression in 2 benchmarks: prog +20.0 %, other +8.0 %".
    /// </summary>
    public static string AlertLead(NightAlert alert) => alert.Steps switch
    {
        [var (history, step)] => $"Regression in {history.Series.Benchmark}: {Format.Percent(step.ChangePercent)}",
        var steps => $"Regression in {steps.Count} benchmarks: " + string.Join(", ", steps.Select(s => $"{s.History.Series.Benchmark} {Format.Percent(s.Step.ChangePercent)}")),
    };

    /// <summary>The rest of an alert: where it is, and its reports: "culprit 03aaaaaaaa; report: `/reports/prog-03`".</summary>
    public static string AlertDetail(NightAlert alert)
    {
        var reports = alert.Steps.Select(s => s.Step.ReportDirectory).OfType<string>().Select(r => $"`{r}`").ToArray();
        return NightTables.Explain(alert.Steps[0].Step) + reports.Length switch
        {
            0 => "",
            1 => $"; report: {reports[0]}",
            _ => $"; reports: {string.Join(", ", reports)}",
        };
    }

    /// <summary>What the night's narrowing cost: "1 bisection, 3 culprits checked against their parent".</summary>
    public static string Cost(NightReport night) =>
        (night.Bisections == 1 ? "1 bisection" : $"{night.Bisections} bisections") +
        (night.Checks == 0 ? "" : night.Checks == 1 ? ", 1 culprit checked against its parent" : $", {night.Checks} culprits checked against their parent");

    public const string NoStep = "No step: the history is flat within the threshold.";

    /// <summary>The folded table of a history's measured commits: "History: 8 commits measured".</summary>
    public static string Points(BenchmarkHistory history) => $"History: {ReportText.Commits(history.Points.Count)} measured";
}
