using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>A run that meets a problem of the machine (here: no perf) says what it could not do and points once to <c>bisector machine</c>.</summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class MachinePointerTests(SampleRepositoryFixture sample)
{
    private const string Pointer = "`bisector machine` measures this machine";

    /// <summary>A PATH with every program of this one but perf: a machine where perf is not installed.</summary>
    private static string PathWithoutPerf(TempDirectory work)
    {
        var bin = work.Combine("bin");
        Directory.CreateDirectory(bin);
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries).Where(Directory.Exists))
        {
            foreach (var program in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(program);
                if (!name.StartsWith("perf", StringComparison.Ordinal) && !File.Exists(Path.Combine(bin, name)))
                {
                    File.CreateSymbolicLink(Path.Combine(bin, name), program);
                }
            }
        }

        return bin;
    }

    [Fact(Timeout = 300_000)]
    public async Task Profiling_where_perf_is_missing_says_what_is_not_available_and_points_once_to_bisector_machine()
    {
        using var work = new TempDirectory();
        var environment = new Dictionary<string, string> { ["PATH"] = PathWithoutPerf(work) };

        var (exitCode, output, error) = await CliProcess.RunAsync(
            environment, "profile", sample.CulpritSha, "--repo", sample.Path, "--config", CliProcess.SampleConfig,
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        Assert.Contains(output.Split('\n'), line => line.Contains("Not available:", StringComparison.Ordinal) && line.Contains("perf", StringComparison.Ordinal));
        Assert.Single(output.Split('\n'), line => line.Contains(Pointer, StringComparison.Ordinal));
        Assert.DoesNotContain(Pointer, error, StringComparison.Ordinal);
    }
}
