using System.Diagnostics;
using Bisector.Testing;

namespace Bisector.Reporting.Tests.Browser;

/// <summary>
/// Debian's chromium, headless, as a real browser for report.html. It runs with a throwaway profile, no background
/// services and a resolver that resolves nothing, so a page that tried to reach the network could not, and the
/// browser itself sends nothing anywhere.
/// </summary>
internal static class Chromium
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The chromium executable on PATH, or null when it is not installed (scripts/setup --tests installs it).</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "chromium"))
        .FirstOrDefault(File.Exists);

    /// <summary>Why a test that needs chromium is skipped here, and how to install it; null where it is installed.</summary>
    public static string? Missing => Executable is null
        ? "chromium is not installed: run scripts/setup --tests as root, or apt-get install --no-install-recommends chromium"
        : null;

    /// <summary>Takes a screenshot of a page at a fixed window size.</summary>
    public static Task ScreenshotAsync(string page, string png, int width, int height, CancellationToken cancellationToken) =>
        RunAsync([$"--screenshot={png}", $"--window-size={width},{height}", new Uri(page).AbsoluteUri], cancellationToken);

    /// <summary>The page's DOM after it loaded and its scripts ran.</summary>
    public static Task<string> DumpDomAsync(string page, CancellationToken cancellationToken) =>
        RunAsync(["--dump-dom", "--virtual-time-budget=10000", new Uri(page).AbsoluteUri], cancellationToken);

    /// <summary>The page's DOM after it loaded and its scripts ran, in a window of this size.</summary>
    public static Task<string> DumpDomAsync(string page, int width, int height, CancellationToken cancellationToken) =>
        RunAsync(["--dump-dom", "--virtual-time-budget=10000", $"--window-size={width},{height}", new Uri(page).AbsoluteUri], cancellationToken);

    private static async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var profile = new TempDirectory("bisector-chromium");
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
        [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--user-data-dir={profile.Path}",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-pings", "--host-resolver-rules=MAP * ~NOTFOUND",
            .. arguments,
        ])
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s");
        }

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await stderr}");
        return output;
    }
}
