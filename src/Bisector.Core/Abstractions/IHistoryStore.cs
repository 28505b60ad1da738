using Bisector.Core.Nightly;

namespace Bisector.Core.Abstractions;

/// <summary>
/// The nightly job's durable history: every sample, the commits of each branch, the nights, the commits that did not
/// build, and the steps found with their alert state. Every call is atomic, so a job killed at any point loses at most
/// the sample it was taking, and adding what is already there changes nothing.
/// </summary>
public interface IHistoryStore
{
    NightRecord BeginNight(string branch, string headSha, DateTimeOffset started);

    void FinishNight(long night, DateTimeOffset finished);

    /// <summary>The latest night of the branch that finished, or null before the first.</summary>
    NightRecord? LastFinishedNight(string branch);

    /// <summary>Records commits of a branch's first-parent line (again is harmless).</summary>
    void AddCommits(string branch, IReadOnlyList<HistoryCommit> commits);

    /// <summary>The branch's commits, oldest first.</summary>
    IReadOnlyList<HistoryCommit> Commits(string branch);

    /// <summary>Stores a sample; false when that commit already has a sample of that round in that series (nothing is doubled).</summary>
    bool AddSample(HistorySeries series, long night, string buildKey, HistorySample sample);

    /// <summary>Every sample of the series, by commit, in the order taken.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<HistorySample>> Samples(HistorySeries series);

    /// <summary>The series of a branch that have samples (e.g. for <c>history</c>), optionally of one benchmark.</summary>
    IReadOnlyList<HistorySeries> Series(string? branch, string? benchmark);

    void AddBuildFailure(string buildKey, string sha, long night, string error);

    /// <summary>Why the commit did not build under that build key, or null when it did not fail.</summary>
    string? BuildFailure(string buildKey, string sha);

    RecordedChange AddChange(HistorySeries series, string beforeSha, string afterSha, double changePercent, ChangeState state, long night);

    void UpdateChange(long id, ChangeState state, string? culpritSha, string? reportDirectory);

    /// <summary>Marks a regression as undone by the recorded faster step <paramref name="fixedBy"/> of the same series.</summary>
    void MarkFixed(long id, long fixedBy);

    IReadOnlyList<RecordedChange> Changes(HistorySeries series);
}
