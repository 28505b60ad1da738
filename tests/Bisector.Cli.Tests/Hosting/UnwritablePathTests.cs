using System.Text.Json;
using System.Text.RegularExpressions;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Hosting;

/// <summary>
/// A folder Bisector cannot write because of the path it was given is the user's to fix: one line that names the
/// path, why and what to do, exit code 2, no stack trace. Tests run as root, whom chmod does not stop: the paths used
/// fail for root too (a folder under a regular file, a new folder in sysfs).
/// </summary>
[Collection(CountingCollection.Name)]
public sealed class UnwritablePathTests(SampleRepositoryFixture sample)
{
    private static string OneLine((int ExitCode, string Output, string Error) run)
    {
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        return Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory(Timeout = 120_000)]
    [InlineData("run")]
    [InlineData("demo")]
    public async Task A_work_dir_under_a_file_is_one_line_naming_the_file_and_exit_2(string command)
    {
        using var work = new TempDirectory();
        var file = work.Combine("a-file");
        await File.WriteAllTextAsync(file, "not a folder");
        var workDir = Path.Combine(file, "work");
        string[] args = command == "run"
            ? ["run", "--repo", sample.Path, "--good", "v1.0", "--bad", "main", "--work-dir", workDir]
            : ["demo", "--work-dir", workDir];

        var run = await CliProcess.RunAsync(args);

        Assert.Equal($"bisector: cannot write {workDir}: {file} is a file, not a folder; choose another --work-dir", OneLine(run));
        Assert.Equal("not a folder", await File.ReadAllTextAsync(file));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_work_dir_where_no_folder_may_be_made_is_one_line_and_exit_2()
    {
        // sysfs makes no folder for anyone, root included.
        var workDir = $"/sys/bisector-test-{Guid.NewGuid():N}/work";

        var run = await CliProcess.RunAsync("run", "--repo", sample.Path, "--good", "v1.0", "--bad", "main", "--work-dir", workDir);

        Assert.Matches($"^bisector: cannot write {Regex.Escape(workDir)}: [^;]+; choose another --work-dir$", OneLine(run));
    }

    [Fact(Timeout = 300_000)]
    public async Task A_report_dir_that_cannot_be_made_is_refused_first_and_one_that_fills_up_is_one_line_at_the_end_and_a_run_with_another_reuses_every_build_and_sample()
    {
        using var work = new TempDirectory();
        var file = work.Combine("a-file");
        await File.WriteAllTextAsync(file, "not a folder");
        var reportDir = Path.Combine(file, "report");
        string[] args = ["run", "--repo", sample.Path, "--config", CliProcess.DeterministicConfig, "--good", "v1.0", "--bad", "v1.1", "--work-dir", work.Combine("work")];
        // Quiet: a warning that the machine is busy would be a second line on stderr.
        string[] quiet = ["--verbosity", "quiet"];

        // A full disk, as /dev/full plays it: every write fails with "No space left on device".
        var full = work.Combine("full");
        Directory.CreateDirectory(full);
        File.CreateSymbolicLink(Path.Combine(full, "report.json"), "/dev/full");

        var failed = await CliProcess.RunAsync([.. args, .. quiet, "--report-dir", reportDir]);
        var noSpace = await CliProcess.RunAsync([.. args, .. quiet, "--report-dir", full]);
        var again = await CliProcess.RunAsync([.. args, "--report-dir", work.Combine("report")]);

        // A folder that cannot be made is refused before any work; a disk that fills up is only found at the end.
        Assert.Equal($"bisector: cannot write {reportDir}: {file} is a file, not a folder; choose another --report-dir", OneLine(failed));
        Assert.Equal(2, failed.ExitCode);
        Assert.Equal(
            $"bisector: cannot write {Path.Combine(full, "report.json")}: no space left on device; free some space there or choose another --report-dir",
            OneLine(noSpace));
        Assert.True(again.ExitCode == 10, $"exit {again.ExitCode}\n{again.Output}\n{again.Error}");
        var report = JsonDocument.Parse(await File.ReadAllTextAsync(work.Combine("report", "report.json"))).RootElement;
        Assert.Equal((0, 0), (report.GetProperty("builds").GetInt32(), report.GetProperty("samplesTaken").GetInt32()));
    }
}
