using System.Text.Json;
using System.Text.RegularExpressions;
using Bisector.Execution.Building;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Hosting;

/// <summary>
/// The work dir as runs share it: keyed builds and samples, a work dir moved elsewhere, and two runs at once.
/// The benchmark counts instructions with callgrind, so the verdicts do not depend on the machine's load.
/// </summary>
[Collection(CountingCollection.Name)]
public sealed class WorkDirectoryTests(SampleRepositoryFixture sample)
{
    /// <summary>The deterministic config's short callgrind benchmark: exit codes that load cannot change, and quick.</summary>
    private const string Benchmark = "add_local_counted";

    private static JsonElement Report(string reportDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(reportDirectory, "report.json"))).RootElement;

    private string[] RunArgs(string workDir, string reportDir, string bad, string? config = null, string good = "v1.0") =>
        ["run", "--repo", sample.Path, "--config", config ?? CliProcess.DeterministicConfig, "--benchmark", Benchmark, "--good", good, "--bad", bad, "--work-dir", workDir, "--report-dir", reportDir, "--no-explain", "--no-revert-check"];

    private static int JournalLines(string workDir) =>
        Directory.EnumerateFiles(Path.Combine(workDir, "journal"), "*.jsonl").Sum(file => File.ReadAllLines(file).Length);

    [Fact(Timeout = 300_000)]
    public async Task A_changed_build_flag_builds_and_measures_again_and_the_first_flags_stay_cached()
    {
        using var work = new TempDirectory();
        var o0 = work.Combine("sample-minivm-O0.json");
        var text = await File.ReadAllTextAsync(CliProcess.DeterministicConfig);
        await File.WriteAllTextAsync(o0, text.Replace("\"OPT\":\"-DNDEBUG -g -O2", "\"OPT\":\"-DNDEBUG -g -O0", StringComparison.Ordinal));

        var first = await CliProcess.RunAsync(RunArgs(work.Combine("work"), work.Combine("r1"), "v1.1"));
        var changed = await CliProcess.RunAsync(RunArgs(work.Combine("work"), work.Combine("r2"), "v1.1", o0));
        var back = await CliProcess.RunAsync(RunArgs(work.Combine("work"), work.Combine("r3"), "v1.1"));

        Assert.NotEqual(text, await File.ReadAllTextAsync(o0));
        Assert.All([first, changed, back], run => Assert.True(run.ExitCode == 10, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}"));
        // The endpoints, and the commits probed between them (a count repeats exactly, so the flat range is mapped).
        int Builds(string report) => Report(work.Combine(report)).GetProperty("builds").GetInt32();
        var probes = Report(work.Combine("r1")).GetProperty("probes").GetInt32();
        Assert.Equal((2 + probes, 2 + probes, 0), (Builds("r1"), Builds("r2"), Builds("r3")));
        Assert.Equal(2, Directory.GetDirectories(work.Combine("work", "artifacts")).Length);
        Assert.Equal(2, Directory.GetFiles(work.Combine("work", "journal"), "*.jsonl").Length);
        // -O0 executes more instructions: these are new samples, not the -O2 ones again.
        double Median(string report) => Report(work.Combine(report)).GetProperty("change").GetProperty("baselineMedian").GetDouble();
        Assert.True(Median("r2") > Median("r1") * 1.1, $"-O2 {Median("r1")}, -O0 {Median("r2")}");
        Assert.Equal(Median("r1"), Median("r3"));
    }

    [Fact(Timeout = 300_000)]
    public async Task A_work_dir_moved_with_mv_still_works_and_builds_and_measures_nothing_again()
    {
        using var work = new TempDirectory();
        var first = await CliProcess.RunAsync(RunArgs(work.Combine("work"), work.Combine("r1"), "v1.1"));
        var samples = JournalLines(work.Combine("work"));

        var mv = await CliProcess.RunProgramAsync("mv", work.Combine("work"), work.Combine("moved"));
        var again = await CliProcess.RunAsync(RunArgs(work.Combine("moved"), work.Combine("r2"), "v1.1"));

        Assert.True(first.ExitCode == 10, $"exit {first.ExitCode}\n{first.Output}\n{first.Error}");
        Assert.Equal(0, mv);
        Assert.True(again.ExitCode == 10, $"exit {again.ExitCode}\n{again.Output}\n{again.Error}");
        Assert.Equal(0, Report(work.Combine("r2")).GetProperty("builds").GetInt32());
        Assert.Equal(samples, JournalLines(work.Combine("moved")));
        Assert.False(Directory.Exists(work.Combine("work")));
    }

    [Fact(Timeout = 600_000)]
    public async Task Two_runs_at_once_on_one_work_dir_a_bisection_and_a_multisection_both_name_the_culprit()
    {
        using var work = new TempDirectory();

        var runs = await Task.WhenAll(
            // A short range around the culprit: what is tested is the sharing, not the search's length. The first builds
            // ahead in two checkouts, the second builds two commits a round in the same two.
            CliProcess.RunAsync(RunArgs(work.Combine("work"), work.Combine("r1"), sample.CulpritSha, good: $"{sample.CulpritSha}~5")),
            CliProcess.RunAsync([.. RunArgs(work.Combine("work"), work.Combine("r2"), sample.CulpritSha, good: $"{sample.CulpritSha}~5"), "--jobs", "2"]));

        foreach (var (run, report) in runs.Zip(["r1", "r2"]))
        {
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
            Assert.Equal(sample.CulpritSha, Report(work.Combine(report)).GetProperty("culprit").GetProperty("sha").GetString());
        }

        Assert.Equal(1, Report(work.Combine("r1")).GetProperty("search").GetProperty("workers").GetInt32());
        var multisection = Report(work.Combine("r2"));
        Assert.Equal(2, multisection.GetProperty("search").GetProperty("workers").GetInt32());
        Assert.Equal(2, multisection.GetProperty("steps").EnumerateArray().Count(step => step.GetProperty("round").GetInt32() == 1));

        // The runs took turns in the checkouts: each commit was built once between them, nothing half-built is left.
        var builds = Report(work.Combine("r1")).GetProperty("builds").GetInt32() + Report(work.Combine("r2")).GetProperty("builds").GetInt32();
        var cached = Directory.GetFileSystemEntries(Assert.Single(Directory.GetDirectories(work.Combine("work", "artifacts"))));
        Assert.All(cached, entry => Assert.Matches("^[0-9a-f]{40}$", Path.GetFileName(entry)));
        Assert.Equal(cached.Length, builds);
    }

    [Fact(Timeout = 600_000)]
    public async Task Two_demos_at_once_share_one_sample_repository_and_both_name_the_culprit()
    {
        using var work = new TempDirectory();

        var runs = await Task.WhenAll(
            CliProcess.RunAsync("demo", "--benchmark", "add_local_instructions", "--no-explain", "--no-map", "--no-revert-check", "--work-dir", work.Combine("work"), "--report-dir", work.Combine("r1")),
            CliProcess.RunAsync("demo", "--benchmark", "add_local_instructions", "--no-explain", "--no-map", "--no-revert-check", "--work-dir", work.Combine("work"), "--report-dir", work.Combine("r2")));

        foreach (var (run, report) in runs.Zip(["r1", "r2"]))
        {
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
            Assert.Equal(sample.CulpritSha, Report(work.Combine(report)).GetProperty("culprit").GetProperty("sha").GetString());
        }

        Assert.Equal(["sample-repo"], Directory.GetDirectories(work.Combine("work")).Select(Path.GetFileName).Where(name => name!.Contains("sample", StringComparison.Ordinal)));
    }

    [Fact(Timeout = 300_000)]
    public async Task A_run_that_finds_the_checkout_busy_waits_and_names_the_run_holding_it()
    {
        using var work = new TempDirectory();
        var lockPath = CheckoutLock.PathFor(work.Combine("work", "checkouts", CliProcess.DeterministicConfigName));
        var held = await CheckoutLock.AcquireAsync(lockPath, _ => { }, CancellationToken.None);
        using var process = CliProcess.Start(RunArgs(work.Combine("work"), work.Combine("r1"), "v1.1"));
        var output = process.StandardOutput.ReadToEndAsync();
        var error = new List<string>();
        var waitingSeen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                error.Add(line);
                if (line.Contains("Waiting for another run", StringComparison.Ordinal))
                {
                    waitingSeen.TrySetResult(line);
                }
            }
        });

        var waiting = await waitingSeen.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(1000);
        var stillWaiting = !process.HasExited;
        held.Dispose();
        await CliProcess.WaitAsync(process);
        await reading;

        Assert.Contains($"pid {Environment.ProcessId}", waiting, StringComparison.Ordinal);
        Assert.Contains(Environment.CommandLine, waiting, StringComparison.Ordinal);
        Assert.True(stillWaiting);
        Assert.True(process.ExitCode == 10, $"exit {process.ExitCode}\n{await output}\n{string.Join('\n', error)}");
        Assert.Single(error, line => line.Contains("Waiting for another run", StringComparison.Ordinal));
    }
}
