using Bisector.Testing;

namespace Bisector.Cli.Tests.Hosting;

/// <summary>A config in bisect-configs/ that cannot be read does not stop runs that another config fits: it is skipped with a warning naming it.</summary>
[Collection(CountingCollection.Name)]
public sealed class BrokenConfigDetectionTests(SampleRepositoryFixture sample)
{
    [Fact(Timeout = 120_000)]
    public async Task A_broken_config_beside_a_fitting_one_is_skipped_with_a_warning_and_the_fitting_one_is_used()
    {
        using var work = new TempDirectory();
        var configs = work.Combine("bisect-configs");
        Directory.CreateDirectory(configs);
        var broken = Path.Combine(configs, "broken.json");
        var fitting = Path.Combine(configs, "fitting.json");
        await File.WriteAllTextAsync(fitting, await File.ReadAllTextAsync(CliProcess.SampleConfig));
        await File.WriteAllTextAsync(broken, """{ "name": "broken", "detect": ["no-such-file"], "statistics": { "alpha": 7 } }""");
        var workDir = work.Combine("work");

        // Same name as the built-in sample config: the one in the current folder's bisect-configs/ comes first.
        var run = await CliProcess.CaptureProgramAsync(
            "env", "-C", work.Path, "dotnet", CliProcess.Dll, "run", "--repo", sample.Path, "--good", "v1.0", "--bad", "main", "--work-dir", workDir, "--dry-run");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Contains(fitting, run.Output, StringComparison.Ordinal);
        var warning = Assert.Single(run.Error.TrimEnd('\n').Split('\n'), l => l.Contains("broken.json", StringComparison.Ordinal));
        Assert.StartsWith($"bisector: warning: skipped a config that cannot be read: {broken}:1:1: build: is required", warning, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(workDir, "artifacts")), "a dry run built nothing");
    }
}
