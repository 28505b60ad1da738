using System.Globalization;
using Bisector.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>
/// The schema as an ordered list of migrations. <c>PRAGMA user_version</c> holds the last one applied; each is applied
/// in its own transaction together with the version bump, so a process killed while migrating leaves the database at
/// the previous version, and the next open applies it again. A released migration is never edited: add the next one.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "the base tables", """
            CREATE TABLE jobs (
                id INTEGER PRIMARY KEY,
                pid INTEGER NOT NULL,
                host TEXT NOT NULL,
                started TEXT NOT NULL,
                description TEXT NOT NULL,
                ended TEXT,
                how_ended TEXT CHECK (how_ended IN ('finished', 'interrupted'))
            );
            CREATE TABLE nights (
                id INTEGER PRIMARY KEY,
                job_id INTEGER REFERENCES jobs (id),
                branch TEXT NOT NULL,
                head_sha TEXT NOT NULL,
                started TEXT NOT NULL,
                finished TEXT
            );
            CREATE TABLE commits (
                branch TEXT NOT NULL,
                sha TEXT NOT NULL,
                position INTEGER NOT NULL,
                subject TEXT NOT NULL,
                date TEXT NOT NULL,
                PRIMARY KEY (branch, sha)
            );
            CREATE TABLE series (
                id INTEGER PRIMARY KEY,
                branch TEXT NOT NULL,
                benchmark TEXT NOT NULL,
                metric TEXT NOT NULL,
                measurement_key TEXT NOT NULL,
                machine TEXT NOT NULL,
                UNIQUE (branch, benchmark, metric, measurement_key, machine)
            );
            CREATE TABLE samples (
                id INTEGER PRIMARY KEY,
                series_id INTEGER NOT NULL REFERENCES series (id),
                night_id INTEGER NOT NULL REFERENCES nights (id),
                build_key TEXT NOT NULL,
                sha TEXT NOT NULL,
                round TEXT NOT NULL,
                value REAL NOT NULL,
                cpu INTEGER,
                load_average REAL,
                other_busy_percent REAL,
                taken_at TEXT,
                UNIQUE (series_id, sha, round)
            );
            CREATE TABLE build_failures (
                build_key TEXT NOT NULL,
                sha TEXT NOT NULL,
                night_id INTEGER NOT NULL REFERENCES nights (id),
                error TEXT NOT NULL,
                PRIMARY KEY (build_key, sha)
            );
            CREATE TABLE changes (
                id INTEGER PRIMARY KEY,
                series_id INTEGER NOT NULL REFERENCES series (id),
                before_sha TEXT NOT NULL,
                after_sha TEXT NOT NULL,
                change_percent REAL NOT NULL,
                state TEXT NOT NULL,
                culprit_sha TEXT,
                report_directory TEXT,
                found_night INTEGER NOT NULL REFERENCES nights (id),
                UNIQUE (series_id, before_sha, after_sha)
            );
            """),
        new(2, "when a change was acknowledged, and indexes for the history queries", """
            ALTER TABLE changes ADD COLUMN acknowledged_at TEXT;
            CREATE INDEX nights_by_branch ON nights (branch, started);
            CREATE INDEX commits_by_position ON commits (branch, position);
            CREATE INDEX samples_by_series ON samples (series_id);
            """),
        new(3, "the faster step that undid a regression", """
            ALTER TABLE changes ADD COLUMN fixed_by INTEGER REFERENCES changes (id);
            """),
    ];

    public static int Latest => Migrations[^1].Version;

    public static int Version(SqliteConnection connection) => Sql.Scalar<int>(connection, "PRAGMA user_version");

    /// <summary>Refuses a database that a newer bisector wrote: its data may mean what this code cannot read.</summary>
    public static void RefuseNewer(string path, int version)
    {
        if (version > Latest)
        {
            throw new UsageException(
                $"The history database {path} was written by a newer bisector (schema {version}, this one knows {Latest}): "
                + "use that bisector, or a newer one, with it.");
        }
    }

    /// <summary>Applies the migrations the database lacks, each with its version bump in one write transaction.</summary>
    public static void Migrate(string path, SqliteConnection connection)
    {
        foreach (var migration in Migrations)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            // Read again inside the write lock: another process may have migrated since this one looked.
            var version = Version(connection);
            RefuseNewer(path, version);
            if (version >= migration.Version)
            {
                continue;
            }

            Sql.Execute(connection, migration.Sql);
            // A pragma takes no parameters; the version is this code's own constant.
            Sql.Execute(connection, "PRAGMA user_version = " + migration.Version.ToString(CultureInfo.InvariantCulture));
            transaction.Commit();
        }
    }
}
