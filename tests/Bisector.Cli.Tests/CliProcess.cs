using System.Diagnostics;

namespace Bisector.Cli.Tests;

/// <summary>Runs the built <c>bisector</c> as a real child process.</summary>
internal sealed class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "bisector.dll");

    public static string SampleConfig => Path.Combine(AppContext.BaseDirectory, "bisect-configs", "sample-minivm.json");

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
