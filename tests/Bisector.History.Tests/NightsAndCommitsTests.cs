using Bisector.Core.Nightly;
using Bisector.Testing;

namespace Bisector.History.Tests;

public sealed class NightsAndCommitsTests : IDisposable
{
    private static readonly DateTimeOffset s_evening = new(2026, 12, 1, 2, 0, 1, TimeSpan.FromHours(1));

    private readonly TempDirectory _temp = new("bisector-history");

    private string DatabasePath => _temp.Combine("nightly", "history.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_creates_the_folder_and_a_wal_database_at_the_latest_schema()
    {
        using (HistoryDatabase.Open(DatabasePath, "bisector nightly"))
        {
        }

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", RawSqlite.Scalar(DatabasePath, "PRAGMA journal_mode"));
        Assert.Equal((long)HistoryDatabase.LatestSchemaVersion, RawSqlite.Scalar(DatabasePath, "PRAGMA user_version"));
    }

    [Fact]
    public void A_night_is_unfinished_until_finished_and_the_last_finished_night_is_per_branch()
    {
        using var database = HistoryDatabase.Open(DatabasePath, "bisector nightly");

        var first = database.BeginNight("main", "aaa", s_evening);
        Assert.Null(database.LastFinishedNight("main"));
        database.FinishNight(first.Id, s_evening.AddHours(2));
        var second = database.BeginNight("main", "bbb", s_evening.AddDays(1));
        var other = database.BeginNight("release", "ccc", s_evening.AddDays(2));
        database.FinishNight(other.Id, s_evening.AddDays(2).AddHours(1));

        Assert.Equal(new NightRecord(first.Id, "main", "aaa", s_evening, s_evening.AddHours(2)), database.LastFinishedNight("main"));
        Assert.Equal(second with { Finished = null }, database.Night(second.Id));
        Assert.Equal("ccc", database.LastFinishedNight("release")!.HeadSha);
        Assert.Null(database.LastFinishedNight("other"));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Finishing_an_unknown_night_is_an_error()
    {
        using var database = HistoryDatabase.Open(DatabasePath, "bisector nightly");

        Assert.Throws<ArgumentException>(() => database.FinishNight(42, s_evening));
    }

    [Fact]
    public void Commits_come_back_oldest_first_and_adding_them_again_changes_nothing()
    {
        using var database = HistoryDatabase.Open(DatabasePath, "bisector nightly");
        var commits = Enumerable.Range(0, 5).Select(i => new HistoryCommit($"sha{i}", i, $"subject {i}", s_evening.AddMinutes(i))).ToList();

        database.AddCommits("main", [commits[3], commits[1], commits[4]]);
        database.AddCommits("main", commits);
        database.AddCommits("main", [commits[2] with { Subject = "rewritten" }]);
        database.AddCommits("release", [commits[0]]);

        Assert.Equal(commits, database.Commits("main"));
        Assert.Equal([commits[0]], database.Commits("release"));
        Assert.Empty(database.Commits("other"));
    }

    [Fact]
    public void What_one_job_wrote_the_next_job_reads_and_the_first_job_is_recorded_as_finished()
    {
        long night;
        using (var database = HistoryDatabase.Open(DatabasePath, "bisector nightly --repo /src/first"))
        {
            night = database.BeginNight("main", "aaa", s_evening).Id;
            database.FinishNight(night, s_evening.AddHours(1));
            database.AddCommits("main", [new HistoryCommit("aaa", 0, "first", s_evening)]);
        }

        using (var database = HistoryDatabase.Open(DatabasePath, "bisector nightly --repo /src/second"))
        {
            Assert.Equal(night, database.LastFinishedNight("main")!.Id);
            Assert.Single(database.Commits("main"));
        }

        Assert.Equal(["finished", "finished"], RawSqlite.Column(DatabasePath, "SELECT how_ended FROM jobs ORDER BY id"));
        Assert.Equal(
            ["bisector nightly --repo /src/first", "bisector nightly --repo /src/second"],
            RawSqlite.Column(DatabasePath, "SELECT description FROM jobs ORDER BY id"));
    }
}
