using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Bisector.CostBench;

/// <summary>One run of the real bisector binary: its exit code, wall time and report.</summary>
internal sealed record BisectorRun(int ExitCode, double Seconds, JsonElement Report)
{
    public string Status => Report.GetProperty("status").GetString()!;

    public string? Culprit => Report.GetProperty("culprit") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("sha").GetString() : null;

    public int Builds => Report.GetProperty("builds").GetInt32();

    public double BuildSeconds => Report.GetProperty("buildSecondsTotal").GetDouble();

    public double BenchmarkSeconds => Report.GetProperty("benchmarkSecondsTotal").GetDouble();

    /// <summary>Every benchmark run the verdicts rest on, references and instruction counts included: taken now or reused.</summary>
    public int Samples => Report.GetProperty("samplesTaken").GetInt32() + Report.GetProperty("samplesReused").GetInt32();
}

/// <summary>Starts <c>bisector</c> (beside this program) as a child process, optionally sending SIGINT at a search step.</summary>
internal static class BisectorProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "bisector.dll");

    public static async Task<BisectorRun> RunAsync(IReadOnlyList<string> args, string reportDirectory, int? interruptAtStep, TextWriter log)
    {
        // SIGINT is reset because a background job inherits it ignored.
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["--default-signal=INT", "dotnet", Dll, .. args, "--report-dir", reportDirectory])
        {
            info.ArgumentList.Add(arg);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var interrupted = false;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            await log.WriteLineAsync("   | " + line);
            if (!interrupted && interruptAtStep is { } step && line.StartsWith($"[step {step},", StringComparison.Ordinal))
            {
                await log.WriteLineAsync($"   (sending SIGINT at search step {step})");
                using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
                interrupted = true;
            }
        }

        await process.WaitForExitAsync();
        stopwatch.Stop();
        var reportPath = Path.Combine(reportDirectory, "report.json");
        if (!File.Exists(reportPath))
        {
            throw new InvalidOperationException($"bisector exited with {process.ExitCode} and wrote no report: {(await stderr).Trim()}");
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        return new BisectorRun(process.ExitCode, stopwatch.Elapsed.TotalSeconds, document.RootElement.Clone());
    }
}
