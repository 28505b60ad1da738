using System.Globalization;

namespace Bisector.History;

/// <summary>Another nightly job is writing the history database; its message names that job.</summary>
public sealed class HistoryLockedException : Exception
{
    public HistoryLockedException(string databasePath, HistoryJob? holder)
        : base(Describe(databasePath, holder))
    {
        DatabasePath = databasePath;
        Holder = holder;
    }

    public string DatabasePath { get; }

    /// <summary>The job that holds the lock, or null when it has not recorded itself (yet).</summary>
    public HistoryJob? Holder { get; }

    private static string Describe(string path, HistoryJob? holder)
    {
        if (holder is null)
        {
            return $"The history database {path} is in use by another nightly job (it has not recorded itself yet, "
                + $"or another program holds {path}.lock). It is free when that job ends.";
        }

        var started = holder.Started.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return $"The history database {path} is in use by another nightly job: pid {holder.ProcessId} on host {holder.Host}, "
            + $"started {started} UTC ({holder.Description}). It is free when that job ends.";
    }
}
