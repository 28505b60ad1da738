using System.Globalization;

namespace Bisector.Execution.Building;

/// <summary>
/// One run at a time in a private checkout: a lock file held open with <see cref="FileShare.None"/> (an
/// exclusive flock on Linux, released by the kernel when the holder exits, even killed). The holder writes
/// who it is (pid, start time, command line) to a file beside it, because a locked file cannot be read, so
/// that a run that has to wait can say which run it waits for.
/// </summary>
public sealed class CheckoutLock : IDisposable
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _stream;

    private CheckoutLock(FileStream stream) => _stream = stream;

    /// <summary>The lock for the checkout in <paramref name="checkoutDirectory"/>: a file beside that folder.</summary>
    public static string PathFor(string checkoutDirectory) => Path.GetFullPath(checkoutDirectory).TrimEnd('/') + ".lock";

    /// <summary>This process, as another run waiting for the lock sees it.</summary>
    public static string ThisRun
    {
        get
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return $"pid {Environment.ProcessId}, started {process.StartTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}: {Environment.CommandLine}";
        }
    }

    /// <summary>
    /// Takes the lock, waiting as long as another process holds it; <paramref name="waiting"/> is told once who
    /// holds it when this call has to wait.
    /// </summary>
    public static async Task<CheckoutLock> AcquireAsync(string path, Action<string> waiting, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var told = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!told)
                {
                    waiting(Holder(path));
                    told = true;
                }

                await Task.Delay(s_poll, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var owner = OwnerPath(path);
            var written = $"{owner}.tmp-{Environment.ProcessId}";
            File.WriteAllText(written, ThisRun + "\n");
            File.Move(written, owner, overwrite: true);
            return new CheckoutLock(stream);
        }
    }

    /// <summary>Who holds the lock, as it wrote itself down; "another run" before it has.</summary>
    private static string Holder(string path)
    {
        try
        {
            var owner = File.ReadAllText(OwnerPath(path)).Trim();
            return owner.Length == 0 ? "another run" : owner;
        }
        catch (IOException)
        {
            return "another run";
        }
    }

    private static string OwnerPath(string path) => path + ".owner";

    public void Dispose() => _stream.Dispose();
}
