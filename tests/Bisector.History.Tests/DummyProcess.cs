using System.Diagnostics;

namespace Bisector.History.Tests;

/// <summary>The dummy program as a real second process: it holds the job lock, or writes until killed.</summary>
internal sealed class DummyProcess : IDisposable
{
    private static readonly TimeSpan s_lineTimeout = TimeSpan.FromSeconds(30);

    private DummyProcess(Process process) => Process = process;

    public Process Process { get; }

    public int Id => Process.Id;

    public static DummyProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bisector.History.Tests.Dummy.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new DummyProcess(Process.Start(info)!);
    }

    /// <summary>Waits for the line the dummy prints once it holds the lock or has written; fails with its stderr otherwise.</summary>
    public async Task ExpectLineAsync(string expected)
    {
        using var timeout = new CancellationTokenSource(s_lineTimeout);
        var line = await Process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != expected)
        {
            Kill();
            var error = await Process.StandardError.ReadToEndAsync();
            Assert.Fail($"The dummy printed '{line}' instead of '{expected}': {error}");
        }
    }

    /// <summary>SIGKILL: the process gets no chance to clean up, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (!Process.HasExited)
        {
            Process.Kill();
        }

        if (!Process.WaitForExit(s_lineTimeout))
        {
            throw new TimeoutException($"The dummy (pid {Process.Id}) did not end within {s_lineTimeout.TotalSeconds} s of SIGKILL.");
        }
    }

    /// <summary>Closes its stdin: a holder then closes the database and exits normally.</summary>
    public async Task EndAsync()
    {
        Process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(s_lineTimeout);
        await Process.WaitForExitAsync(timeout.Token);
    }

    public void Dispose()
    {
        Kill();
        Process.Dispose();
    }
}
