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

    /// <summary>An alert's lead, which the views set in bold: "Regression in prog: +20.0 %".</summary>
    public static string AlertLead(BenchmarkHistory history, HistoryMark step) => $"Regression in {history.Series.Benchmark}: {Format.Percent(step.ChangePercent)}";

    /// <summary>The rest of an alert: where it is, and its report: "culprit 03aaaaaaaa; report: `/reports/prog-03`".</summary>
    public static string AlertDetail(HistoryMark step) =>
        NightTables.Explain(step) + (step.ReportDirectory is { } report ? $"; report: `{report}`" : "");

    public const string NoStep = "No step: the history is flat within the threshold.";

    /// <summary>The folded table of a history's measured commits: "History: 8 commits measured".</summary>
    public static string Points(BenchmarkHistory history) => $"History: {ReportText.Commits(history.Points.Count)} measured";
}
