using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Nightly;
using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>
/// The nightly history in one SQLite file (WAL journal, foreign keys on). <see cref="Open(string, string)"/> is for the
/// nightly job: it takes the one-writer job lock and records the job. <see cref="OpenReadOnly(string)"/> is for
/// readers such as the <c>history</c> command and takes no lock. Every call is one statement or one transaction, so
/// a process killed at any moment leaves the file consistent. One instance is used from one thread at a time.
/// </summary>
public sealed class HistoryDatabase : IHistoryStore, IDisposable
{
    private const int SqliteReadOnly = 8;

    private readonly HistoryConnection _db;
    private readonly JobLock? _lock;
    private readonly long? _jobId;
    private readonly TimeProvider _clock;
    private readonly ChangeTable _changes;
    private readonly NightTable _nights;
    private readonly SampleTable _samples;
    private bool _disposed;

    private HistoryDatabase(string path, SqliteConnection connection, JobLock? jobLock, long? jobId, TimeProvider clock)
    {
        Path = path;
        _db = new HistoryConnection(connection, path, readOnly: jobLock is null);
        _lock = jobLock;
        _jobId = jobId;
        _clock = clock;
        _changes = new ChangeTable(_db, clock);
        _nights = new NightTable(_db, jobId);
        _samples = new SampleTable(_db);
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

        var jobLock = JobLock.TryTake(fullPath + ".lock", wait, clock) ?? throw new HistoryLockedException(fullPath, HistoryFile.ReadHolder(fullPath));
        SqliteConnection? connection = null;
        try
        {
            connection = HistoryFile.Connect(fullPath, SqliteOpenMode.ReadWriteCreate);
            Schema.RefuseNewer(fullPath, HistoryFile.ReadVersion(fullPath, connection));
            // WAL lets the history command read while the job writes; the mode is kept in the file.
            Sql.Scalar<string>(connection, "PRAGMA journal_mode = WAL");
            Schema.Migrate(fullPath, connection);
            var jobId = HistoryFile.RecordJob(connection, jobDescription, clock.GetUtcNow());
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

        var connection = HistoryFile.Connect(fullPath, SqliteOpenMode.ReadWrite);
        try
        {
            var version = HistoryFile.ReadVersion(fullPath, connection);
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
                    _db.Sqlite,
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
            _db.Dispose();
            _lock?.Dispose();
        }
    }

    /// <inheritdoc cref="ChangeTable.AddChange"/>
    public RecordedChange AddChange(HistorySeries series, string beforeSha, string afterSha, double changePercent, ChangeState state, long night) => _changes.AddChange(series, beforeSha, afterSha, changePercent, state, night);

    /// <inheritdoc cref="ChangeTable.UpdateChange"/>
    public void UpdateChange(long id, ChangeState state, string? culpritSha, string? reportDirectory) => _changes.UpdateChange(id, state, culpritSha, reportDirectory);

    /// <inheritdoc cref="ChangeTable.MarkFixed"/>
    public void MarkFixed(long id, long fixedBy) => _changes.MarkFixed(id, fixedBy);

    /// <inheritdoc cref="ChangeTable.Acknowledge"/>
    public void Acknowledge(long changeId) => _changes.Acknowledge(changeId);

    /// <inheritdoc cref="ChangeTable.AcknowledgedAt"/>
    public DateTimeOffset? AcknowledgedAt(long changeId) => _changes.AcknowledgedAt(changeId);

    /// <inheritdoc cref="ChangeTable.Changes"/>
    public IReadOnlyList<RecordedChange> Changes(HistorySeries series) => _changes.Changes(series);

    /// <inheritdoc cref="NightTable.BeginNight"/>
    public NightRecord BeginNight(string branch, string headSha, DateTimeOffset started) => _nights.BeginNight(branch, headSha, started);

    /// <inheritdoc cref="NightTable.FinishNight"/>
    public void FinishNight(long night, DateTimeOffset finished) => _nights.FinishNight(night, finished);

    /// <inheritdoc cref="NightTable.LastFinishedNight"/>
    public NightRecord? LastFinishedNight(string branch) => _nights.LastFinishedNight(branch);

    /// <inheritdoc cref="NightTable.Night"/>
    public NightRecord? Night(long id) => _nights.Night(id);

    /// <inheritdoc cref="NightTable.AddCommits"/>
    public void AddCommits(string branch, IReadOnlyList<HistoryCommit> commits) => _nights.AddCommits(branch, commits);

    /// <inheritdoc cref="NightTable.Commits"/>
    public IReadOnlyList<HistoryCommit> Commits(string branch) => _nights.Commits(branch);

    /// <inheritdoc cref="SampleTable.AddSample"/>
    public bool AddSample(HistorySeries series, long night, string buildKey, HistorySample sample) => _samples.AddSample(series, night, buildKey, sample);

    /// <inheritdoc cref="SampleTable.Samples"/>
    public IReadOnlyDictionary<string, IReadOnlyList<HistorySample>> Samples(HistorySeries series) => _samples.Samples(series);

    /// <inheritdoc cref="SampleTable.Series"/>
    public IReadOnlyList<HistorySeries> Series(string? branch, string? benchmark) => _samples.Series(branch, benchmark);

    /// <inheritdoc cref="SampleTable.AddBuildFailure"/>
    public void AddBuildFailure(string buildKey, string sha, long night, string error) => _samples.AddBuildFailure(buildKey, sha, night, error);

    /// <inheritdoc cref="SampleTable.BuildFailure"/>
    public string? BuildFailure(string buildKey, string sha) => _samples.BuildFailure(buildKey, sha);
}
