using System.Text.Json;
using System.Text.RegularExpressions;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>The bisector binary on the minivm sample: real git, real builds, real benchmark processes.</summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class EndToEndTests(SampleRepositoryFixture sample)
{
    private static JsonElement Report(string reportDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(reportDirectory, "report.json"))).RootElement;

    /// <summary>A run with the deterministic (instruction-count) benchmark: its exit code does not depend on machine load.</summary>
    private Task<(int ExitCode, string Output, string Error)> Run(TempDirectory work, params string[] args) =>
        CliProcess.RunAsync(["run", "--repo", sample.Path, "--config", CliProcess.DeterministicConfig, "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"), .. args]);

    /// <summary>
    /// The README's first command as a new user runs it (no --work-dir; the user's cache is a fresh folder), then a run on
    /// the demo's sample repository: it uses the same work dir and builds and measures nothing again.
    /// </summary>
    [Fact(Timeout = 420_000)]
    public async Task The_demo_names_the_commit_that_made_add_local_slower_and_a_later_run_on_its_repository_reuses_everything()
    {
        using var work = new TempDirectory();
        var environment = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = work.Combine("cache") };
        var repository = work.Combine("cache", "bisector", "samples", "minivm");
        static string WorkDirOf(string output) => Regex.Match(output, "work dir (.+)").Groups[1].Value.TrimEnd();

        var (exitCode, output, error) = await CliProcess.RunAsync(environment, "demo", "--report-dir", work.Combine("report"));
        var run = await CliProcess.RunAsync(environment, "run", "--repo", repository, "--good", "v1.0", "--bad", "main", "--no-explain", "--report-dir", work.Combine("r2"));
        var help = await CliProcess.RunAsync(environment, "demo", "--help");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = Report(work.Combine("report"));
        Assert.Equal("culprit-found", report.GetProperty("status").GetString());
        Assert.Equal(sample.CulpritSha, report.GetProperty("culprit").GetProperty("sha").GetString());
        Assert.True(report.GetProperty("change").GetProperty("shiftPercent").GetDouble() >= 8);
        var detectable = report.GetProperty("endpoints").GetProperty("detectableShiftPercent").GetDouble();
        Assert.InRange(detectable, 5, report.GetProperty("change").GetProperty("shiftPercent").GetDouble());
        // The regression adds a call per dispatched instruction: time and callgrind's count both rise.
        var instructions = report.GetProperty("instructions");
        Assert.Equal("callgrind", instructions.GetProperty("metric").GetString());
        Assert.Equal("more-instructions", instructions.GetProperty("finding").GetString());
        Assert.InRange(instructions.GetProperty("changePercent").GetDouble(), 10, 30);
        Assert.All(report.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("samples").GetInt32() > 0), s => Assert.Equal("output", s.GetProperty("metric").GetString()));
        Assert.True(File.Exists(work.Combine("report", "report.md")) && File.Exists(work.Combine("report", "report.html")));
        Assert.Contains(sample.CulpritSha, output, StringComparison.Ordinal);
        Assert.Contains("report.json", output, StringComparison.Ordinal);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Contains($"Creating the minivm sample repository in {repository}", output, StringComparison.Ordinal);
        var workDir = WorkDirOf(output);
        Assert.Matches($"^{Regex.Escape(work.Combine("cache", "bisector", "minivm-"))}[0-9a-f]{{8}}$", workDir);
        Assert.Equal(workDir, WorkDirOf(run.Output));
        var again = Report(work.Combine("r2"));
        Assert.True(
            (again.GetProperty("builds").GetInt32(), again.GetProperty("samplesTaken").GetInt32()) == (0, 0),
            $"the run after the demo built {again.GetProperty("builds").GetInt32()} and measured {again.GetProperty("samplesTaken").GetInt32()} samples\n{run.Output}\n--- demo ---\n{output}");
        // The help states these very folders (its lines wrap at spaces).
        var helpText = Regex.Replace(help.Output, @"\s+", " ");
        Assert.Contains($"the repository in {repository} and the rest in {workDir},", helpText, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Good_and_bad_swapped_is_a_usage_error_that_says_how_to_swap_them_in_the_run_and_the_dry_run_and_the_repository_is_untouched()
    {
        using var work = new TempDirectory();
        var before = sample.Fingerprint();

        var (exitCode, _, error) = await Run(work, "--good", "main", "--bad", "v1.0");
        var (dryExit, _, dryError) = await Run(work, "--good", "main", "--bad", "v1.0", "--dry-run");

        Assert.Equal((2, 2), (exitCode, dryExit));
        Assert.Contains("Try --good v1.0 --bad main", error, StringComparison.Ordinal);
        Assert.Contains("Try --good v1.0 --bad main", dryError, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), line => line.Contains("is an ancestor of", StringComparison.Ordinal));
        Assert.False(File.Exists(work.Combine("report", "report.json")));
        Assert.Equal(before, sample.Fingerprint());
    }

    [Fact(Timeout = 300_000)]
    public async Task Looking_for_a_speed_up_where_bad_is_clearly_slower_says_so_and_how_to_look_for_the_slowdown()
    {
        using var work = new TempDirectory();

        var (exitCode, output, error) = await Run(work, "--good", "v1.0", "--bad", "main", "--direction", "faster");

        Assert.True(exitCode == 10, $"exit {exitCode}\n{output}\n{error}");
        var report = Report(work.Combine("report"));
        Assert.Equal("no-regression", report.GetProperty("status").GetString());
        Assert.Equal("faster", report.GetProperty("direction").GetString());
        Assert.Contains("were --good and --bad swapped?", output, StringComparison.Ordinal);
        Assert.Contains("run without --direction faster", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_benchmark_whose_noise_hides_the_threshold_is_inconclusive_not_no_regression()
    {
        using var work = new TempDirectory();
        // Two builds with the same speed, measured by a benchmark that prints a time with +-40 % of noise: the k-th sample
        // taken prints the k-th value of a fixed cycle, so the outcome does not hang on what a random generator drew.
        var noisyConfig = work.Combine("noisy.json");
        var counter = work.Combine("samples-taken");
        var noisy = $"{{artifacts}}/minivm add_local 20000 >/dev/null; n=$(cat {counter} 2>/dev/null || echo 0); echo $((n + 1)) > {counter}; " +
            "set -- 60 140 90 110 75 125 100 85 115 70 130 95; shift $((n % 12)); echo $1";
        File.WriteAllText(noisyConfig, File.ReadAllText(CliProcess.DeterministicConfig)
            .Replace("\"defaultBenchmark\":\"add_local_counted\"", "\"defaultBenchmark\":\"noisy\"", StringComparison.Ordinal)
            .Replace("\"benchmarks\":{", $"\"benchmarks\":{{\"noisy\":{{\"command\":\"{noisy}\",\"metric\":\"output\",\"unit\":\"ns\",\"warmup\":0,\"instructionCheck\":false}},", StringComparison.Ordinal));

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "run", "--repo", sample.Path, "--config", noisyConfig, "--good", "v1.0", "--bad", "v1.1", "--max-samples", "20",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 13, $"exit {exitCode}\n{output}\n{error}");
        var report = Report(work.Combine("report"));
        Assert.Equal("inconclusive", report.GetProperty("status").GetString());
        Assert.Contains("Inconclusive", output, StringComparison.Ordinal);
        Assert.Contains("--metric callgrind", output, StringComparison.Ordinal);
        Assert.True(report.GetProperty("endpoints").GetProperty("detectableShiftPercent").GetDouble() > 5);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_dry_run_shows_the_range_and_the_expected_builds_and_after_a_run_estimates_the_time()
    {
        using var work = new TempDirectory();

        var (coldExit, cold, _) = await Run(work, "--good", "v1.0", "--bad", "main", "--dry-run");

        Assert.True(coldExit == 0, cold);
        Assert.Contains("Range: 62 commits on the first-parent line", cold, StringComparison.Ordinal);
        Assert.Contains("at most 9 builds (ceil(log2 62) + 3)", cold, StringComparison.Ordinal);
        Assert.Contains("Estimate: not yet known", cold, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Combine("work", "artifacts")) || Directory.Exists(work.Combine("work", "journal")) || Directory.Exists(work.Combine("report")));

        // A short real run (good and bad only) times a build and the samples; the next dry run uses them.
        var (runExit, _, _) = await Run(work, "--good", "v1.0", "--bad", "v1.1");
        var (warmExit, warm, _) = await Run(work, "--good", "v1.0", "--bad", "main", "--dry-run");

        Assert.Equal(10, runExit);
        Assert.True(warmExit == 0, warm);
        Assert.Contains("Artifact cache: 1 of the 2 endpoints", warm, StringComparison.Ordinal);
        Assert.Matches(@"Journal: \d+ samples from earlier runs", warm);
        Assert.Matches(@"Estimate: about \d+(\.\d)? (s|min) in all", warm);
    }

    [Fact(Timeout = 300_000)]
    public async Task Two_revisions_both_before_the_culprit_are_no_regression()
    {
        using var work = new TempDirectory();

        var (exitCode, _, _) = await Run(work, "--good", "v1.0", "--bad", "v1.1");

        Assert.Equal(10, exitCode);
        Assert.Equal(JsonValueKind.Null, Report(work.Combine("report")).GetProperty("culprit").ValueKind);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("--good|v9.9|--bad|main", "Unknown revision 'v9.9'")]
    [InlineData("--good|main|--bad|main", "are the same commit")]
    [InlineData("--good|v1.0|--bad|main|--benchmark|nope", "Benchmark 'nope' is not in")]
    [InlineData("--good|v1.0|--bad|main|--config|/nonexistent.json", "Config file '/nonexistent.json' does not exist")]
    [InlineData("--bad|main", "--good")]
    public async Task Bad_input_exits_2_with_a_message_saying_what_to_fix_and_leaves_the_repository_as_it_was(string args, string message)
    {
        using var work = new TempDirectory();
        var before = sample.Fingerprint();
        var list = args.Split('|').ToList();
        if (!list.Contains("--config"))
        {
            list.AddRange(["--config", CliProcess.SampleConfig]);
        }

        var (exitCode, _, error) = await CliProcess.RunAsync(["run", "--repo", sample.Path, "--work-dir", work.Path, .. list]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), line => line.Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, sample.Fingerprint());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_folder_that_is_not_a_git_repository_exits_2()
    {
        using var work = new TempDirectory();

        var (exitCode, _, error) = await CliProcess.RunAsync("run", "--good", "a", "--bad", "b", "--repo", work.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("not a git repository", error, StringComparison.Ordinal);
    }
}
