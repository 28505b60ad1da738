using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bisector.Execution.Building;

namespace Bisector.CostBench;

/// <summary>One run of the real bisector binary: its exit code, wall time and report.</summary>
/// <param name="AfterConfirmed">Seconds the run went on after its culprit's re-check held (instruction counts, layouts, the
/// revert check, the work search), from its log; null when no re-check of the culprit held in this run.</param>
internal sealed record BisectorRun(int ExitCode, double Seconds, JsonElement Report, double? AfterConfirmed = null)
{
    /// <summary>Wall time until the culprit's re-check held: the answer a by-hand script gives, verified; null without one.</summary>
    public double? ToConfirmed => AfterConfirmed is { } after ? Seconds - after : null;

    public string Status => Report.GetProperty("status").GetString()!;

    public string? Culprit => Report.GetProperty("culprit") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("sha").GetString() : null;

    public int Builds => Report.GetProperty("builds").GetInt32();

    public double BuildSeconds => Report.GetProperty("buildSecondsTotal").GetDouble();

    public double BenchmarkSeconds => Report.GetProperty("benchmarkSecondsTotal").GetDouble();

    /// <summary>Every benchmark run the verdicts rest on, references and instruction counts included: taken now or reused.</summary>
    public int Samples => SamplesTaken + Report.GetProperty("samplesReused").GetInt32();

    /// <summary>The benchmark runs this run took itself (its benchmark seconds are theirs).</summary>
    public int SamplesTaken => Report.GetProperty("samplesTaken").GetInt32();

    public int Rounds => Report.GetProperty("search") is { ValueKind: JsonValueKind.Object } search ? search.GetProperty("rounds").GetInt32() : 0;

    public int Tested => Report.GetProperty("steps").EnumerateArray().Count(step => step.GetProperty("role").GetString() == "search");

    /// <summary>Builds made ahead of need that the search never tested.</summary>
    public int UnusedAhead => Report.GetProperty("search") is { ValueKind: JsonValueKind.Object } search
        ? search.GetProperty("builtAhead").GetInt32() - search.GetProperty("builtAheadUsed").GetInt32()
        : 0;

    /// <summary>Build seconds of the commits the search tested (not the endpoints', not builds ahead), and how many were built.</summary>
    public (double Seconds, int Count) SearchBuilds
    {
        get
        {
            var built = SearchSteps.Where(Built).ToArray();
            return (built.Sum(step => step.GetProperty("buildSeconds").GetDouble()), built.Length);
        }
    }

    /// <summary>Samples of the tested commits; each came in a round with one of good and one of bad.</summary>
    public int SearchSamples => SearchSteps.Sum(step => step.GetProperty("samples").GetInt32());

    /// <summary>Each search step's round and the seconds its build took (none when it came from the cache).</summary>
    public IEnumerable<(int Round, double Seconds)> RoundBuilds =>
        SearchSteps.Select(step => (step.GetProperty("round").GetInt32(), Built(step) ? step.GetProperty("buildSeconds").GetDouble() : 0));

    /// <summary>True when the step's commit was built in this run (not taken from the artifact cache).</summary>
    private static bool Built(JsonElement step) => step.GetProperty("buildKind").GetString() is "clean" or "incremental";

    private IEnumerable<JsonElement> SearchSteps => Report.GetProperty("steps").EnumerateArray().Where(step => step.GetProperty("role").GetString() == "search");
}

/// <summary>Starts <c>bisector</c> (beside this program) as a child process, optionally sending SIGINT at a search step.</summary>
internal static class BisectorProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "bisector.dll");

    /// <param name="ccache">The ccache folder the builds use (CCACHE_DIR), with configure's cache beside it as
    /// <c>&lt;ccache&gt;-configure</c> (BISECTOR_CONFIGURE_CACHE): new ones for a cold run.</param>
    public static async Task<BisectorRun> RunAsync(IReadOnlyList<string> args, string reportDirectory, int? interruptAtStep, string ccache, TextWriter log)
    {
        // SIGINT is reset because a background job inherits it ignored.
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["CCACHE_DIR"] = ccache;
        info.Environment[ConfigureCache.DirectoryVariable] = $"{ccache}-configure";
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
        var report = document.RootElement.Clone();
        var workDir = args[args.ToList().IndexOf("--work-dir") + 1];
        return new BisectorRun(process.ExitCode, stopwatch.Elapsed.TotalSeconds, report, AfterConfirmed(workDir, report));
    }

    /// <summary>
    /// From the newest run log in <paramref name="workDir"/>: the seconds from the last time the named culprit's re-check
    /// held (the "RecheckConfirmed" note) to the log's last event.
    /// </summary>
    private static double? AfterConfirmed(string workDir, JsonElement report)
    {
        var logs = Path.Combine(workDir, "logs");
        var culprit = report.GetProperty("culprit") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("sha").GetString()![..10] : null;
        if (culprit is null || !Directory.Exists(logs) || Directory.GetFiles(logs, "run-*.jsonl").Order(StringComparer.Ordinal).LastOrDefault() is not { } log)
        {
            return null;
        }

        DateTimeOffset? confirmed = null;
        DateTimeOffset last = default;
        foreach (var line in File.ReadLines(log))
        {
            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            last = root.GetProperty("@t").GetDateTimeOffset();
            if (root.TryGetProperty("Finding", out var kind) && kind.GetString() == "RecheckConfirmed"
                && root.GetProperty("Note").GetString()!.StartsWith(culprit, StringComparison.Ordinal))
            {
                confirmed = last;
            }
        }

        return confirmed is { } at ? (last - at).TotalSeconds : null;
    }
}
