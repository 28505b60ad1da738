using Bisector.Core.Nightly;

namespace Bisector.Reporting.Nightly;

/// <summary>A step of a history as the views show it: its number in the database, where, how big, what became of it, and whether tonight found it.</summary>
/// <param name="FoundTonight">Found since the last night that wrote its report (tonight, or a night killed before its report).</param>
/// <param name="FixedByStep">For a fixed regression, the faster step that undid it.</param>
/// <param name="FixedBySha">That step's commit, when its range is one commit.</param>
public sealed record HistoryMark(long Id, string BeforeSha, string AfterSha, double ChangePercent, ChangeState State, string? CulpritSha, string? ReportDirectory, bool FoundTonight, long? FixedByStep = null, string? FixedBySha = null)
{
    /// <summary>A regression people are told about: new or bisected, found tonight.</summary>
    public bool IsAlert => FoundTonight && State is ChangeState.New or ChangeState.Bisected;

    public string StateName => State.ToString().ToLowerInvariant();

    /// <param name="fixer">The recorded faster step that undid the change, when one did.</param>
    public static HistoryMark Of(RecordedChange change, long reportedThrough, RecordedChange? fixer = null) =>
        new(change.Id, change.BeforeSha, change.AfterSha, change.ChangePercent, change.State, change.CulpritSha, change.ReportDirectory, NightPolicy.IsUnreported(change, reportedThrough), fixer?.Id, fixer?.CulpritSha);
}
