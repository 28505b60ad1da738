namespace Bisector.Reporting.Nightly;

/// <summary>A step of night.json's history: where, how big, what became of it, and whether tonight found it.</summary>
internal sealed record NightStepJson(
    long Id,
    string Before,
    string After,
    double ChangePercent,
    string State,
    bool FoundTonight,
    bool Alert,
    string? Culprit,
    string? Report,
    string? FixedBy,
    long? FixedByStep)
{
    public static NightStepJson Of(HistoryMark step) => new(
        step.Id,
        step.BeforeSha,
        step.AfterSha,
        Math.Round(step.ChangePercent, 3),
        step.StateName,
        step.FoundTonight,
        step.IsAlert,
        step.CulpritSha,
        step.ReportDirectory,
        step.FixedBySha,
        step.FixedByStep);
}
