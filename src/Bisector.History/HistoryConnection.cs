using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>A history file's open connection and what may be done with it: read while open, write only when opened for a job.</summary>
internal sealed class HistoryConnection(SqliteConnection sqlite, string path, bool readOnly) : IDisposable
{
    private bool _closed;

    public SqliteConnection Sqlite => sqlite;

    public string Path => path;

    public bool IsReadOnly => readOnly;

    public void Dispose()
    {
        _closed = true;
        sqlite.Dispose();
    }

    public void EnsureOpen() => ObjectDisposedException.ThrowIf(_closed, this);

    public void EnsureWritable()
    {
        EnsureOpen();
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The history database {Path} was opened read-only: open it with HistoryDatabase.Open to write.");
        }
    }

    public T InTransaction<T>(Func<T> work)
    {
        EnsureWritable();
        using var transaction = sqlite.BeginTransaction(deferred: false);
        var result = work();
        transaction.Commit();
        return result;
    }
}
