using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>The report's Reproduce commands, pasted into bash as a user would, run as written.</summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class ReproduceTests(SampleRepositoryFixture sample)
{
    /// <summary>
    /// A timed run on the sample, started through a script that names itself (as scripts/bisector does) with the config
    /// copied into the build output: its report's commands call that script, name the config's own file, and, pasted
    /// into bash in an empty folder, run Bisector again, clone and rebuild the culprit and print a benchmark figure.
    /// </summary>
    [Fact(Timeout = 600_000)]
    public async Task The_reproduce_commands_pasted_into_bash_rerun_bisector_rebuild_the_culprit_and_print_a_figure()
    {
        using var work = new TempDirectory();
        var launcher = work.Combine("bisector");
        File.WriteAllText(launcher, $"#!/bin/sh\nexec dotnet '{CliProcess.Dll}' \"$@\"\n");
        Assert.Equal(0, await CliProcess.RunProgramAsync("chmod", "+x", launcher));
        var environment = new Dictionary<string, string> { ["BISECTOR_COMMAND"] = launcher };

        var (exitCode, output, error) = await CliProcess.RunAsync(
            environment, "run", "--repo", sample.Path, "--config", CliProcess.SampleConfig, "--benchmark", "add_local",
            "--good", $"{sample.CulpritSha}~2", "--bad", sample.CulpritSha, "--no-explain", "--no-revert-check",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = JsonDocument.Parse(File.ReadAllText(work.Combine("report", "report.json"))).RootElement;
        if (Environment.ProcessorCount <= 2)
        {
            // A timed bisection on two CPUs builds nothing beside its samples unless asked, and says so.
            Assert.Equal(0, report.GetProperty("search").GetProperty("builtAhead").GetInt32());
            Assert.Contains("no build ahead beside the timed samples", output, StringComparison.Ordinal);
        }

        var markdown = File.ReadAllText(work.Combine("report", "report.md"));
        var commands = Regex.Match(markdown, "Commands to reproduce.*?```sh\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotMatch(@"\{(cores|artifacts|config|worktree)\}", commands);
        Assert.StartsWith($"{launcher} run ", commands.Split('\n')[1], StringComparison.Ordinal);
        Assert.Contains($"--config {Path.Combine(CliProcess.SourceRoot, "bisect-configs", "sample-minivm.json")} ", commands, StringComparison.Ordinal);
        Assert.DoesNotContain("/bin/", commands, StringComparison.Ordinal);

        var pasted = work.Combine("pasted");
        Directory.CreateDirectory(pasted);
        var (bashExit, bashOutput, bashError) = await CliProcess.CaptureProgramAsync("bash", "-euo", "pipefail", "-c", $"cd '{pasted}'\n{commands}");

        Assert.True(bashExit == 0, $"exit {bashExit}\n{commands}\n--- output ---\n{bashOutput}\n{bashError}");
        Assert.Contains(sample.CulpritSha, bashOutput, StringComparison.Ordinal);
        var checkout = Assert.Single(Directory.GetDirectories(pasted));
        Assert.Equal(sample.CulpritSha, File.ReadAllText(Path.Combine(checkout, ".git", "HEAD")).Trim());
        Assert.True(File.Exists(Path.Combine(checkout, "minivm")), $"no minivm built in {checkout}");
        var figure = bashOutput.TrimEnd().Split('\n')[^1];
        Assert.True(double.TryParse(figure, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0, $"the benchmark printed {figure}");
    }
}
