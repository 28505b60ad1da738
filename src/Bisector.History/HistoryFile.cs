using Bisector.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>Opening a history file: the connection's settings, the schema version it holds, the job that holds it.</summary>
internal static class HistoryFile
{
    private const int BusyTimeoutSeconds = 5;
    private const int SqliteNotADatabase = 26;

    public static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // The file is closed on Dispose, not kept open by a pool.
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // Waits this long for another connection's write transaction (BusyTimeoutSeconds) instead of failing at once.
            Sql.Execute(connection, "PRAGMA busy_timeout = 5000");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static int ReadVersion(string path, SqliteConnection connection)
    {
        try
        {
            return Schema.Version(connection);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteNotADatabase)
        {
            throw new UsageException($"{path} is not a history database (not an SQLite file): give another path, or move that file away.");
        }
    }

    public static long RecordJob(SqliteConnection connection, string description, DateTimeOffset started)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        // Whoever held the lock before is gone (the kernel released its lock): its unfinished row was interrupted.
        Sql.Execute(
            connection,
            "UPDATE jobs SET ended = @now, how_ended = 'interrupted' WHERE ended IS NULL",
            ("@now", Sql.Time(started)));
        var id = Sql.Scalar<long>(
            connection,
            "INSERT INTO jobs (pid, host, started, description) VALUES (@pid, @host, @started, @description) RETURNING id",
            ("@pid", Environment.ProcessId),
            ("@host", Environment.MachineName),
            ("@started", Sql.Time(started)),
            ("@description", description));
        transaction.Commit();
        return id;
    }

    /// <summary>The job that holds the lock, as it recorded itself: the newest unfinished row. Null when unreadable.</summary>
    public static HistoryJob? ReadHolder(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var connection = Connect(path, SqliteOpenMode.ReadOnly);
            if (Schema.Version(connection) < 1)
            {
                return null;
            }

            using var command = Sql.Command(
                connection,
                "SELECT pid, host, started, description FROM jobs WHERE ended IS NULL ORDER BY id DESC LIMIT 1");
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new HistoryJob(reader.GetInt32(0), reader.GetString(1), Sql.Time(reader.GetString(2)), reader.GetString(3))
                : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }
}
