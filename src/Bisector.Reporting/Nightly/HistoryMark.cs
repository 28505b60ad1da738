using Bisector.Core.Nightly;

namespace Bisector.Reporting.Nightly;

/// <summary>A step of a history as the views show it: its number in the database, where, how big, what became of it, and whether tonight found it.</summary>
public sealed record HistoryMark(long Id, string BeforeSha, string AfterSha, double ChangePercent, ChangeState State, string? CulpritSha, string? ReportDirectory, bool FoundTonight)
{
    /// <summary>A regression people are told about: new or bisected, found tonight.</summary>
    public bool IsAlert => FoundTonight && State is ChangeState.New or ChangeState.Bisected;

    public string StateName => State.ToString().ToLowerInvariant();

    public static HistoryMark Of(RecordedChange change, long tonight) =>
        new(change.Id, change.BeforeSha, change.AfterSha, change.ChangePercent, change.State, change.CulpritSha, change.ReportDirectory, change.FoundNight == tonight);
}
