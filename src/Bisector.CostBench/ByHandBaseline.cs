using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks;

namespace Bisector.CostBench;

/// <summary>What the by-hand run cost and named.</summary>
internal sealed record BaselineRun(double Seconds, int Builds, double BuildSeconds, string? Culprit, string Note);

/// <summary>
/// The recipe an engineer writes by hand: a clone, rebuilt in place at every step (incremental make), the median
/// of N runs of the benchmark per commit, bad when it is above the midpoint of the endpoints' medians, driven by
/// <c>git bisect run</c>. Generated from the same config, so both sides build and measure the same things.
/// </summary>
internal static class ByHandBaseline
{
    public static async Task<BaselineRun> RunAsync(string repo, BisectConfig config, BenchmarkSettings benchmark, string good, string bad, int runs, string directory, TextWriter log)
    {
        var clone = Path.Combine(directory, "clone");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var script = Path.Combine(directory, "bisect-by-hand.sh");
        await File.WriteAllTextAsync(script, Script(repo, clone, directory, config, benchmark, good, bad, runs));
        await log.WriteLineAsync($"   by-hand script: {script}");

        var stopwatch = Stopwatch.StartNew();
        var info = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string? culprit = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            await log.WriteLineAsync("   | " + line);
            if (line.EndsWith(" is the first bad commit", StringComparison.Ordinal))
            {
                culprit = line.Split(' ')[0];
            }
        }

        await process.WaitForExitAsync();
        stopwatch.Stop();
        var builds = File.Exists(Path.Combine(directory, "builds")) ? File.ReadAllLines(Path.Combine(directory, "builds")) : [];
        var note = process.ExitCode == 0 ? "" : $"script exited {process.ExitCode}: {(await stderr).Trim().Split('\n')[^1]}";
        return new BaselineRun(
            stopwatch.Elapsed.TotalSeconds,
            builds.Length,
            builds.Sum(l => double.Parse(l, CultureInfo.InvariantCulture)),
            culprit,
            note);
    }

    private static string Script(string repo, string clone, string directory, BisectConfig config, BenchmarkSettings benchmark, string good, string bad, int runs)
    {
        string Expand(string command) => command
            .Replace("{cores}", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{config}", Shell.Quote(config.Build.ConfigDirectory), StringComparison.Ordinal)
            .Replace("{artifacts}", Shell.Quote(clone), StringComparison.Ordinal)
            .Replace("{worktree}", Shell.Quote(clone), StringComparison.Ordinal);

        // Only the printed-value and wall-time metrics have a by-hand form; anything else is timed by wall clock.
        var measure = benchmark.Metric == Metric.Output
            ? $"( {Expand(benchmark.Command)} ) 2>/dev/null | grep -E '^[-+0-9.eE]+$' | tail -n 1"
            : $"s=$(date +%s.%N); ( {Expand(benchmark.Command)} ) >/dev/null 2>&1; awk -v a=\"$(date +%s.%N)\" -v b=\"$s\" 'BEGIN {{ print a - b }}'";
        var sb = new StringBuilder();
        sb.AppendLine("#!/usr/bin/env bash");
        sb.AppendLine($"# By hand: rebuild in place, median of {runs} runs, bad above the midpoint of the endpoints (git bisect run).");
        sb.AppendLine("set -uo pipefail");
        foreach (var (name, value) in config.Build.Environment)
        {
            sb.AppendLine($"export {name}={Shell.Quote(value)}");
        }

        var functions = Path.Combine(directory, "functions.sh");
        sb.AppendLine($"git clone -q {Shell.Quote(repo)} {Shell.Quote(clone)} && cd {Shell.Quote(clone)} || exit 1");
        sb.AppendLine($"cat > {Shell.Quote(functions)} <<'FUNCTIONS'");
        sb.AppendLine("build() {");
        sb.AppendLine("  local start=$(date +%s.%N)");
        sb.AppendLine("  { " + string.Join(" && ", config.Build.Commands.Select(Expand)) + "; } >>" + Shell.Quote(Path.Combine(directory, "build.log")) + " 2>&1");
        sb.AppendLine("  local status=$?");
        sb.AppendLine($"  awk -v a=\"$(date +%s.%N)\" -v b=\"$start\" 'BEGIN {{ print a - b }}' >> {Shell.Quote(Path.Combine(directory, "builds"))}");
        sb.AppendLine("  return $status");
        sb.AppendLine("}");
        sb.AppendLine("median() {");
        sb.AppendLine($"  for i in $(seq {runs}); do {measure}; done | sort -g | awk '{{ v[NR] = $1 }} END {{ if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }}'");
        sb.AppendLine("}");
        sb.AppendLine("FUNCTIONS");
        sb.AppendLine($". {Shell.Quote(functions)}");
        sb.AppendLine($"git checkout -q {Shell.Quote(good)} && build || {{ echo 'good does not build' >&2; exit 1; }}");
        sb.AppendLine("g=$(median)");
        sb.AppendLine($"git checkout -q {Shell.Quote(bad)} && build || {{ echo 'bad does not build' >&2; exit 1; }}");
        sb.AppendLine("b=$(median)");
        sb.AppendLine("mid=$(awk -v g=\"$g\" -v b=\"$b\" 'BEGIN { print (g + b) / 2 }')");
        sb.AppendLine("echo \"good median $g, bad median $b, midpoint $mid\"");
        sb.AppendLine("cat > " + Shell.Quote(Path.Combine(directory, "step.sh")) + " <<STEP");
        sb.AppendLine("#!/usr/bin/env bash");
        sb.AppendLine($". {Shell.Quote(functions)}");
        sb.AppendLine("build || exit 125");
        sb.AppendLine("m=\\$(median)");
        sb.AppendLine("echo \"\\$(git rev-parse --short HEAD) median \\$m\"");
        sb.AppendLine("awk -v m=\"\\$m\" -v mid=\"$mid\" 'BEGIN { exit !(m > mid) }' && exit 1 || exit 0");
        sb.AppendLine("STEP");
        sb.AppendLine($"git bisect start {Shell.Quote(bad)} {Shell.Quote(good)} >/dev/null");
        sb.AppendLine("git bisect run bash " + Shell.Quote(Path.Combine(directory, "step.sh")));
        sb.AppendLine("status=$?");
        sb.AppendLine("git bisect reset -q >/dev/null 2>&1");
        sb.AppendLine("exit $status");
        return sb.ToString();
    }
}
