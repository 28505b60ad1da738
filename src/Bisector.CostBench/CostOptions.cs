using System.Globalization;

namespace Bisector.CostBench;

/// <summary>What to bisect and how; without --repo, the built-in minivm sample.</summary>
internal sealed record CostOptions(
    string? Repo,
    string? Config,
    string Good,
    string Bad,
    string? Benchmark,
    string? WorkDir,
    int? InterruptAfterStep,
    string? ExpectCulprit,
    bool SkipBaseline,
    int BaselineRuns)
{
    /// <summary>The multisection rows: Bisector from cold with --jobs k, beside the cold bisection (k = 1).</summary>
    public IReadOnlyList<int> Jobs { get; init; } = [2, 4];

    /// <summary>Runs per commit of a second by-hand script, at the accuracy Bisector reaches (the noise bench prints the N); null for none.</summary>
    public int? EqualAccuracyRuns { get; init; }

    public const string Usage =
        "usage: bench-cost [--repo PATH --config FILE --good REV --bad REV] [--benchmark NAME] [--work-dir DIR]\n" +
        "                  [--interrupt-after-step N] [--expect-culprit SHA] [--skip-baseline] [--baseline-runs N]\n" +
        "                  [--equal-accuracy-runs N]  (a second by-hand script at the noise bench's equal-accuracy N)\n" +
        "                  [--jobs K,K,...|none]  (multisection rows beside k = 1; default 2,4)\n" +
        "Without --repo: the built-in minivm sample (v1.0..main), its culprit expected. In --work-dir (default: a new\n" +
        "temporary folder) the bench replaces its own folders: sample-repo, bisector*, ccache*, by-hand, report-*.";

    public static CostOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        string[] valued = ["--repo", "--config", "--good", "--bad", "--benchmark", "--work-dir", "--interrupt-after-step", "--expect-culprit", "--baseline-runs", "--jobs", "--equal-accuracy-runs"];
        for (var i = 0; i < args.Length; i++)
        {
            if (valued.Contains(args[i]) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else if (args[i] is "--skip-baseline")
            {
                flags.Add(args[i]);
            }
            else
            {
                throw new ArgumentException($"unknown or incomplete option '{args[i]}'");
            }
        }

        var repo = values.GetValueOrDefault("--repo");
        if (repo is not null && (!values.ContainsKey("--config") || !values.ContainsKey("--good") || !values.ContainsKey("--bad")))
        {
            throw new ArgumentException("with --repo, give --config, --good and --bad too");
        }

        return new CostOptions(
            repo,
            values.GetValueOrDefault("--config"),
            values.GetValueOrDefault("--good") ?? "v1.0",
            values.GetValueOrDefault("--bad") ?? "main",
            values.GetValueOrDefault("--benchmark"),
            values.GetValueOrDefault("--work-dir"),
            values.TryGetValue("--interrupt-after-step", out var step) ? int.Parse(step, CultureInfo.InvariantCulture) : null,
            values.GetValueOrDefault("--expect-culprit"),
            flags.Contains("--skip-baseline"),
            values.TryGetValue("--baseline-runs", out var runs) ? int.Parse(runs, CultureInfo.InvariantCulture) : 5)
        {
            Jobs = values.TryGetValue("--jobs", out var jobs) ? ParseJobs(jobs) : [2, 4],
            EqualAccuracyRuns = values.TryGetValue("--equal-accuracy-runs", out var equal) ? int.Parse(equal, CultureInfo.InvariantCulture) : null,
        };
    }

    private static int[] ParseJobs(string text) => text == "none"
        ? []
        : text.Split(',').Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 1
            ? value
            : throw new ArgumentException($"--jobs {text}: give numbers above 1 separated by commas, or none")).ToArray();
}
