using Bisector.Testing;

namespace Bisector.Cli.Tests.Hosting;

/// <summary>
/// Every option value that makes no sense is refused while the command line is parsed: exit 2, one line naming the
/// option and what it accepts, and nothing built or sampled (the work dir stays empty).
/// </summary>
[Collection(CountingCollection.Name)]
public sealed class BadOptionValueTests(SampleRepositoryFixture sample)
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "run", "--threshold", "-5", "bisector: --threshold: must be a positive number of percent, e.g. 5, not -5" },
        { "run", "--threshold", "0", "bisector: --threshold: must be a positive number of percent, e.g. 5, not 0" },
        { "run", "--threshold", "abc", "bisector: --threshold: must be a positive number of percent, e.g. 5, not abc" },
        { "run", "--max-samples", "0", "bisector: --max-samples: must be a whole number of samples, at least 1, not 0" },
        { "run", "--max-samples", "many", "bisector: --max-samples: must be a whole number of samples, at least 1, not many" },
        { "run", "--jobs", "0", "bisector: --jobs: must be the number of commits to test at once, 1 to 32, not 0" },
        { "run", "--direction", "up", "bisector: --direction: must be slower or faster, not up" },
        { "run", "--executor", "cloud", "bisector: --executor: must be local or slurm, not cloud" },
        { "run", "--verbosity", "loud", "bisector: --verbosity: must be quiet or normal or detailed or diagnostic, not loud" },
        { "compare", "--threshold", "-5", "bisector: --threshold: must be a positive number of percent, e.g. 5, not -5" },
        { "compare", "--max-samples", "0", "bisector: --max-samples: must be a whole number of samples, at least 1, not 0" },
        { "nightly", "--max-commits", "0", "bisector: --max-commits: must be a whole number of commits, at least 1, not 0" },
        { "nightly", "--samples", "0", "bisector: --samples: must be a whole number of samples, at least 1, not 0" },
        { "nightly", "--wait-for-lock", "-1", "bisector: --wait-for-lock: must be a whole number of seconds, 0 or more, not -1" },
        { "nightly", "--threshold", "x", "bisector: --threshold: must be a positive number of percent, e.g. 5, not x" },
        { "history", "--acknowledge", "0", "bisector: --acknowledge: must be a step number as bisector history lists it, e.g. 3, not 0" },
        { "run", "--report-dir", "/proc/x", "bisector: cannot write /proc/x: no folder can be made there; choose another --report-dir" },
        { "compare", "--report-dir", "/proc/x", "bisector: cannot write /proc/x: no folder can be made there; choose another --report-dir" },
        { "profile", "--report-dir", "/proc/x", "bisector: cannot write /proc/x: no folder can be made there; choose another --report-dir" },
        { "run", "--dry-run --report-dir", "/proc/x", "bisector: cannot write /proc/x: no folder can be made there; choose another --report-dir" },
        { "demo", "--verbosity", "loud", "bisector: --verbosity: must be quiet or normal or detailed or diagnostic, not loud" },
        { "demo", "--report-dir", "/proc/x", "bisector: cannot write /proc/x: no folder can be made there; choose another --report-dir" },
        { "run", "--probes", "-1", "bisector: --probes: must be a whole number of commits, 0 or more, not -1" },
        { "compare", "--layouts", "0", "bisector: --layouts: must be a whole number of layouts, 1 or more, not 0" },
        { "compare", "--cpu", "0-", "bisector: --cpu 0-: must be auto, none or a list of CPUs such as 0 or 0,2-3; this machine has CPUs {cpus}" },
        { "run", "--metric", "speed", "bisector: --metric speed: not a metric; use one of wall-time, cpu-time, instructions, callgrind, output" },
        { "run", "--benchmark", "fastest", "bisector: Benchmark 'fastest' is not in {config}. Choose one of: add_local, load_store, add_local_instructions, add_local_wall." },
        { "nightly", "--since", "nosuchrev", "bisector: Unknown revision 'nosuchrev': not a commit, branch or tag in {repo}/.git/. Check the spelling, or fetch it first." },
        { "nightly", "--db", "/proc/x/history.db", "bisector: cannot write /proc/x: no folder can be made there; choose another --db" },
        { "nightly", "--report-dir", "/proc/x", "bisector: cannot write /proc/x: no folder can be made there; choose another --report-dir" },
        { "history", "--output", "/proc/x/history.html", "bisector: cannot write /proc/x: no folder can be made there; choose another --output" },
        { "history", "--db", "/proc/x/history.db", "bisector: There is no history database at /proc/x/history.db: `bisector nightly` creates it on its first run." },
        { "config", "init --output", "/proc/x/bisect.json", "bisector: cannot write /proc/x: no folder can be made there; choose another --output" },
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Cases))]
    public async Task A_bad_value_is_one_line_naming_the_option_exit_2_and_nothing_built(string command, string option, string value, string expected)
    {
        using var work = new TempDirectory();
        var workDir = work.Combine("work");
        string[] args = command switch
        {
            "run" => ["run", "--repo", sample.Path, "--good", "v1.0", "--bad", "main"],
            "compare" => ["compare", "v1.0", "main", "--repo", sample.Path],
            "profile" => ["profile", "main", "--repo", sample.Path],
            "nightly" => ["nightly", "--repo", sample.Path, "--branch", "main"],
            "history" => ["history", "--repo", sample.Path],
            _ => [command],
        };
        string[] where = command == "config" ? [] : ["--work-dir", workDir];

        var run = await CliProcess.RunAsync([.. args, .. where, .. option.Split(' '), value]);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Equal(
            expected.Replace("{repo}", sample.Path, StringComparison.Ordinal).Replace("{config}", CliProcess.SampleConfig, StringComparison.Ordinal)
                .Replace("{cpus}", AllowedCpus(), StringComparison.Ordinal),
            Assert.Single(run.Error.TrimEnd('\n').Split('\n')));
        // A value refused once the command runs leaves at most the run's log; never a build, a sample or a checkout.
        var left = Directory.Exists(workDir) ? Directory.EnumerateFileSystemEntries(workDir).Select(Path.GetFileName).Where(name => name is not "logs" and not "sample-repo").ToArray() : [];
        Assert.True(left.Length == 0, $"{workDir} holds work from a refused command line: {string.Join(", ", left)}");
    }

    [Theory(Timeout = 120_000)]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("profile")]
    [InlineData("nightly")]
    public async Task A_cpu_this_process_may_not_use_names_the_cpus_it_may(string command)
    {
        using var work = new TempDirectory();
        var workDir = work.Combine("work");
        var allowed = AllowedCpus();
        string[] args = command switch
        {
            "run" => ["run", "--repo", sample.Path, "--good", "v1.0", "--bad", "main"],
            "compare" => ["compare", "v1.0", "main", "--repo", sample.Path],
            "profile" => ["profile", "main", "--repo", sample.Path],
            _ => ["nightly", "--repo", sample.Path, "--branch", "main"],
        };

        var run = await CliProcess.RunAsync([.. args, "--work-dir", workDir, "--cpu", "999"]);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Equal($"bisector: --cpu 999: this machine has CPUs {allowed}", Assert.Single(run.Error.TrimEnd('\n').Split('\n')));
        Assert.False(Directory.Exists(workDir), $"{workDir} was made for a refused command line");
    }

    private static string AllowedCpus() =>
        File.ReadLines("/proc/self/status").First(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal))["Cpus_allowed_list:".Length..].Trim();
}
