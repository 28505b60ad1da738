using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>
/// The nightly history in one SQLite file (WAL journal, foreign keys on). <see cref="Open(string, string)"/> is for the
/// nightly job: it takes the one-writer job lock and records the job. <see cref="OpenReadOnly(string)"/> is for
/// readers such as the <c>history</c> command and takes no lock. Every call is one statement or one transaction, so
/// a process killed at any moment leaves the file consistent. One instance is used from one thread at a time.
/// </summary>
public sealed partial class HistoryDatabase : IHistoryStore, IDisposable
{
    private const int BusyTimeoutSeconds = 5;
    private const int SqliteReadOnly = 8;
    private const int SqliteNotADatabase = 26;

    private readonly SqliteConnection _connection;
    private readonly JobLock? _lock;
    private readonly long? _jobId;
    private readonly TimeProvider _clock;
    private bool _disposed;

    private HistoryDatabase(string path, SqliteConnection connection, JobLock? jobLock, long? jobId, TimeProvider clock)
    {
        Path = path;
        _connection = connection;
        _lock = jobLock;
        _jobId = jobId;
        _clock = clock;
    }

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <summary>True when opened by <see cref="OpenReadOnly(string)"/>: every write throws.</summary>
    public bool IsReadOnly => _lock is null;

    /// <summary>The schema version this code creates and reads.</summary>
    public static int LatestSchemaVersion => Schema.Latest;

    /// <summary>Opens or creates the database for a nightly job; throws <see cref="HistoryLockedException"/> at once when another job holds it.</summary>
    /// <param name="jobDescription">What runs the job (its command line), shown to whoever finds the database locked.</param>
    public static HistoryDatabase Open(string path, string jobDescription) => Open(path, jobDescription, TimeSpan.Zero);

    /// <summary>Like <see cref="Open(string, string)"/>, but waits up to <paramref name="wait"/> for another job to end.</summary>
    public static HistoryDatabase Open(string path, string jobDescription, TimeSpan wait) =>
        Open(path, jobDescription, wait, TimeProvider.System);

    /// <summary>Like <see cref="Open(string, string, TimeSpan)"/>, with the clock that stamps the job and acknowledgements.</summary>
    public static HistoryDatabase Open(string path, string jobDescription, TimeSpan wait, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(jobDescription);
        ArgumentNullException.ThrowIfNull(clock);
        var fullPath = System.IO.Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new UsageException($"Cannot create the folder of the history database {fullPath}: {exception.Message}");
        }

        var jobLock = JobLock.TryTake(fullPath + ".lock", wait, clock) ?? throw new HistoryLockedException(fullPath, ReadHolder(fullPath));
        SqliteConnection? connection = null;
        try
        {
            connection = Connect(fullPath, SqliteOpenMode.ReadWriteCreate);
            Schema.RefuseNewer(fullPath, ReadVersion(fullPath, connection));
            // WAL lets the history command read while the job writes; the mode is kept in the file.
            Sql.Scalar<string>(connection, "PRAGMA journal_mode = WAL");
            Schema.Migrate(fullPath, connection);
            var jobId = RecordJob(connection, jobDescription, clock.GetUtcNow());
            return new HistoryDatabase(fullPath, connection, jobLock, jobId, clock);
        }
        catch
        {
            connection?.Dispose();
            jobLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing database to read it, without the job lock (a nightly job may be writing it meanwhile).</summary>
    public static HistoryDatabase OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new UsageException($"There is no history database at {fullPath}: `bisector nightly` creates it on its first run.");
        }

        var connection = Connect(fullPath, SqliteOpenMode.ReadWrite);
        try
        {
            var version = ReadVersion(fullPath, connection);
            Schema.RefuseNewer(fullPath, version);
            if (version < Schema.Latest)
            {
                // Upgrading is safe beside a running job: each migration is one write transaction.
                try
                {
                    Schema.Migrate(fullPath, connection);
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteReadOnly)
                {
                    throw new UsageException(
                        $"The history database {fullPath} has schema {version} and this bisector reads schema {Schema.Latest}, "
                        + "but it cannot upgrade the file because it may not write it: run it once as the user that runs `bisector nightly`.");
                }
            }

            Sql.Execute(connection, "PRAGMA query_only = ON");
            return new HistoryDatabase(fullPath, connection, null, null, TimeProvider.System);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Marks the job finished and releases the job lock.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (_jobId is { } id)
            {
                Sql.Execute(
                    _connection,
                    "UPDATE jobs SET ended = @ended, how_ended = 'finished' WHERE id = @id",
                    ("@ended", Sql.Time(_clock.GetUtcNow())),
                    ("@id", id));
            }
        }
        catch (SqliteException)
        {
            // The row stays unfinished; the next job to take the lock marks it interrupted.
        }
        finally
        {
            _connection.Dispose();
            _lock?.Dispose();
        }
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
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

    private static int ReadVersion(string path, SqliteConnection connection)
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

    private static long RecordJob(SqliteConnection connection, string description, DateTimeOffset started)
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
    private static HistoryJob? ReadHolder(string path)
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

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_disposed, this);

    private void EnsureWritable()
    {
        EnsureOpen();
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The history database {Path} was opened read-only: open it with HistoryDatabase.Open to write.");
        }
    }

    private T InTransaction<T>(Func<T> work)
    {
        EnsureWritable();
        using var transaction = _connection.BeginTransaction(deferred: false);
        var result = work();
        transaction.Commit();
        return result;
    }
}
