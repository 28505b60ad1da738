namespace Bisector.History;

/// <summary>
/// The one-writer lock: <c>&lt;database&gt;.lock</c> opened with <see cref="FileShare.None"/>. On Linux and macOS .NET
/// takes an exclusive <c>flock</c> on it, which the kernel drops when the process ends however it ends (SIGKILL
/// too), so a crashed job never leaves the database locked. The file itself is never deleted: deleting a lock file
/// lets two processes lock two different files of the same name. (DOTNET_SYSTEM_IO_DISABLEFILELOCKING=1 would turn
/// the flock off; do not set it for the nightly job.)
/// </summary>
internal sealed class JobLock : IDisposable
{
    private static readonly TimeSpan s_retryInterval = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _file;

    private JobLock(FileStream file) => _file = file;

    /// <summary>Takes the lock, trying again until <paramref name="wait"/> has passed; null when another process still holds it.</summary>
    public static JobLock? TryTake(string lockPath, TimeSpan wait, TimeProvider clock)
    {
        var start = clock.GetTimestamp();
        while (true)
        {
            try
            {
                return new JobLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException exception) when (exception.GetType() == typeof(IOException))
            {
                // A plain IOException is the lock conflict; its subclasses (a missing folder, a long path) are not.
            }

            var remaining = wait - clock.GetElapsedTime(start);
            if (remaining <= TimeSpan.Zero)
            {
                return null;
            }

            Thread.Sleep(remaining < s_retryInterval ? remaining : s_retryInterval);
        }
    }

    public void Dispose() => _file.Dispose();
}
