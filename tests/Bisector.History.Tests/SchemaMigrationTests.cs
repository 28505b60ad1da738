using Bisector.Core.Domain;
using Bisector.Core.Nightly;
using Bisector.Testing;

namespace Bisector.History.Tests;

public sealed class SchemaMigrationTests : IDisposable
{
    /// <summary>Schema version 1 as the first release wrote it, with a night, a sample and a change.</summary>
    private const string VersionOneFile = """
        CREATE TABLE jobs (id INTEGER PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL, started TEXT NOT NULL,
            description TEXT NOT NULL, ended TEXT, how_ended TEXT CHECK (how_ended IN ('finished', 'interrupted')));
        CREATE TABLE nights (id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs (id), branch TEXT NOT NULL,
            head_sha TEXT NOT NULL, started TEXT NOT NULL, finished TEXT);
        CREATE TABLE commits (branch TEXT NOT NULL, sha TEXT NOT NULL, position INTEGER NOT NULL, subject TEXT NOT NULL,
            date TEXT NOT NULL, PRIMARY KEY (branch, sha));
        CREATE TABLE series (id INTEGER PRIMARY KEY, branch TEXT NOT NULL, benchmark TEXT NOT NULL, metric TEXT NOT NULL,
            measurement_key TEXT NOT NULL, machine TEXT NOT NULL, UNIQUE (branch, benchmark, metric, measurement_key, machine));
        CREATE TABLE samples (id INTEGER PRIMARY KEY, series_id INTEGER NOT NULL REFERENCES series (id),
            night_id INTEGER NOT NULL REFERENCES nights (id), build_key TEXT NOT NULL, sha TEXT NOT NULL, round TEXT NOT NULL,
            value REAL NOT NULL, cpu INTEGER, load_average REAL, other_busy_percent REAL, taken_at TEXT,
            UNIQUE (series_id, sha, round));
        CREATE TABLE build_failures (build_key TEXT NOT NULL, sha TEXT NOT NULL, night_id INTEGER NOT NULL REFERENCES nights (id),
            error TEXT NOT NULL, PRIMARY KEY (build_key, sha));
        CREATE TABLE changes (id INTEGER PRIMARY KEY, series_id INTEGER NOT NULL REFERENCES series (id),
            before_sha TEXT NOT NULL, after_sha TEXT NOT NULL, change_percent REAL NOT NULL, state TEXT NOT NULL,
            culprit_sha TEXT, report_directory TEXT, found_night INTEGER NOT NULL REFERENCES nights (id),
            UNIQUE (series_id, before_sha, after_sha));
        INSERT INTO jobs VALUES (1, 4242, 'old-host', '2026-11-30T02:00:00.0000000+00:00', 'bisector nightly', NULL, NULL);
        INSERT INTO nights VALUES (1, 1, 'main', 'bbb', '2026-11-30T02:00:00.0000000+00:00', '2026-11-30T03:00:00.0000000+00:00');
        INSERT INTO commits VALUES ('main', 'aaa', 0, 'first', '2026-11-29T10:00:00.0000000+00:00');
        INSERT INTO series VALUES (1, 'main', 'add_local', 'cpu-time', 'key-1', 'host');
        INSERT INTO samples VALUES (1, 1, 1, 'build-1', 'aaa', 'r1', 10.5, 1, 0.5, 2.0, '2026-11-30T02:10:00.0000000+00:00');
        INSERT INTO changes VALUES (1, 1, 'aaa', 'bbb', 7.5, 'Bisected', 'bbb', '/reports/1', 1);
        PRAGMA user_version = 1;
        """;

    private static readonly HistorySeries s_series = new("main", "add_local", "cpu-time", "key-1", "host");

    private readonly TempDirectory _temp = new("bisector-history");

    private string DatabasePath => _temp.Combine("history.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void This_code_knows_more_than_one_schema_version()
    {
        Assert.True(HistoryDatabase.LatestSchemaVersion >= 2);
    }

    [Fact]
    public void A_version_one_file_is_migrated_to_the_latest_schema_keeping_its_rows()
    {
        RawSqlite.Execute(DatabasePath, VersionOneFile);

        using (var database = HistoryDatabase.Open(DatabasePath, "bisector nightly"))
        {
            Assert.Equal(["aaa"], database.Commits("main").Select(commit => commit.Sha));
            Assert.Equal(10.5, database.Samples(s_series)["aaa"].Single().Value);
            Assert.Equal(1, database.LastFinishedNight("main")!.Id);
            var change = database.Changes(s_series).Single();
            Assert.Equal((ChangeState.Bisected, "bbb", "/reports/1"), (change.State, change.CulpritSha, change.ReportDirectory));
            // Version 2's column is there and used.
            database.Acknowledge(change.Id);
            Assert.NotNull(database.AcknowledgedAt(change.Id));
        }

        Assert.Equal((long)HistoryDatabase.LatestSchemaVersion, RawSqlite.Scalar(DatabasePath, "PRAGMA user_version"));
        Assert.Contains("samples_by_series", RawSqlite.Column(DatabasePath, "SELECT name FROM sqlite_master WHERE type = 'index'"));
        // The old job never finished: the first job after it records it as interrupted.
        Assert.Equal("interrupted", RawSqlite.Scalar(DatabasePath, "SELECT how_ended FROM jobs WHERE pid = 4242"));
    }

    [Fact]
    public void A_migration_that_fails_leaves_the_file_at_the_version_before_it()
    {
        // Version 2 creates this index: it fails after its ALTER TABLE has run, inside the same transaction.
        RawSqlite.Execute(DatabasePath, VersionOneFile + "CREATE INDEX samples_by_series ON samples (night_id);");

        Assert.ThrowsAny<Exception>(() => HistoryDatabase.Open(DatabasePath, "bisector nightly"));

        Assert.Equal(1L, RawSqlite.Scalar(DatabasePath, "PRAGMA user_version"));
        Assert.DoesNotContain("acknowledged_at", RawSqlite.Column(DatabasePath, "SELECT name FROM pragma_table_info('changes')"));
        Assert.Equal(1L, RawSqlite.Count(DatabasePath, "SELECT count(*) FROM samples"));
    }

    [Fact]
    public void A_reader_of_a_version_one_file_migrates_it_too()
    {
        RawSqlite.Execute(DatabasePath, VersionOneFile);

        using var database = HistoryDatabase.OpenReadOnly(DatabasePath);

        Assert.Null(database.AcknowledgedAt(1));
        Assert.Equal((long)HistoryDatabase.LatestSchemaVersion, RawSqlite.Scalar(DatabasePath, "PRAGMA user_version"));
    }

    [Fact]
    public void A_file_from_a_newer_bisector_is_refused_by_writers_and_readers()
    {
        RawSqlite.Execute(DatabasePath, "CREATE TABLE future (x); PRAGMA user_version = 99;");
        var expected = $"{DatabasePath} was written by a newer bisector (schema 99, this one knows {HistoryDatabase.LatestSchemaVersion})";

        var writer = Assert.Throws<UsageException>(() => HistoryDatabase.Open(DatabasePath, "bisector nightly"));
        var reader = Assert.Throws<UsageException>(() => HistoryDatabase.OpenReadOnly(DatabasePath));
        // The refusal released the job lock: trying again gives the same answer, not "in use".
        var again = Assert.Throws<UsageException>(() => HistoryDatabase.Open(DatabasePath, "bisector nightly"));

        Assert.Contains(expected, writer.Message, StringComparison.Ordinal);
        Assert.Contains(expected, reader.Message, StringComparison.Ordinal);
        Assert.Equal(writer.Message, again.Message);
        Assert.Equal(99L, RawSqlite.Scalar(DatabasePath, "PRAGMA user_version"));
        Assert.Equal(["future"], RawSqlite.Column(DatabasePath, "SELECT name FROM sqlite_master"));
    }
}
