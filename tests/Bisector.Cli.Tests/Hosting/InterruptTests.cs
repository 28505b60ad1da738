using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Hosting;

/// <summary>Ctrl+C for real: SIGINT to the running binary, then the same command again.</summary>
[Collection(CountingCollection.Name)]
public sealed class InterruptTests(SampleRepositoryFixture sample)
{
    [Fact(Timeout = 300_000)]
    public async Task A_run_interrupted_mid_search_exits_130_says_the_exact_command_that_resumes_and_that_command_resumes_without_rebuilding_or_remeasuring()
    {
        using var work = new TempDirectory();
        string[] args = ["run", "--repo", sample.Path, "--config", CliProcess.DeterministicConfig, "--good", "v1.0", "--bad", "main", "--work-dir", work.Combine("work"), "--no-explain", "--no-map", "--no-revert-check"];
        using var first = CliProcess.Start([.. args, "--report-dir", work.Combine("first")]);
        var stderr = first.StandardError.ReadToEndAsync();
        using var stepTwo = new CancellationTokenSource(CliProcess.Timeout);
        string? line;
        while ((line = await first.StandardOutput.ReadLineAsync(stepTwo.Token)) is not null && !line.StartsWith("[step 2", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        Assert.Equal(0, await CliProcess.RunProgramAsync("kill", "-INT", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var firstOutput = await first.StandardOutput.ReadToEndAsync();
        await CliProcess.WaitAsync(first);
        var firstError = await stderr;
        var resume = $"bisector run --good v1.0 --bad main --repo {sample.Path} --config {CliProcess.DeterministicConfig} --work-dir {work.Combine("work")} --no-explain --no-map --no-revert-check";
        var firstReport = JsonDocument.Parse(File.ReadAllText(work.Combine("first", "report.json"))).RootElement;
        var journalPath = Directory.GetFiles(work.Combine("work", "journal"), "*.jsonl").Single();
        var journaled = File.ReadAllLines(journalPath);
        var builtBefore = Directory.GetFiles(work.Combine("work", "artifacts"), "build.json", SearchOption.AllDirectories)
            .Select(marker => Path.GetFileName(Path.GetDirectoryName(marker)!)).ToHashSet();

        // The command the interrupted run printed, word for word (these paths need no quoting).
        var printed = firstError.Split("run again to resume: ")[^1].Trim();
        var (exitCode, output, error) = await CliProcess.RunAsync([.. printed.Split(' ').Skip(1), "--report-dir", work.Combine("second")]);

        Assert.True(first.ExitCode == 130, $"first run exit {first.ExitCode}: {firstError}");
        Assert.Equal($"bisector: interrupted; what was done is saved in {work.Combine("work")}; run again to resume: {resume}", firstError.TrimEnd('\n').Split('\n')[^1]);
        Assert.Single(firstError.Split('\n'), l => l.Contains("resume", StringComparison.Ordinal));
        Assert.Equal("interrupted", firstReport.GetProperty("status").GetString());
        Assert.Equal([$"What was done is saved in {work.Combine("work")}; run again to resume: {resume}"], firstReport.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Single(firstOutput.Split('\n'), l => l.Contains("nterrupted", StringComparison.Ordinal));
        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = JsonDocument.Parse(File.ReadAllText(work.Combine("second", "report.json"))).RootElement;
        Assert.Equal(sample.CulpritSha, report.GetProperty("culprit").GetProperty("sha").GetString());

        // Every commit built before the interrupt (builds ahead included) came from the cache, and every journaled sample
        // was kept, not re-taken.
        var steps = report.GetProperty("steps").EnumerateArray().ToArray();
        var stepsBuiltBefore = steps.Where(s => builtBefore.Contains(s.GetProperty("sha").GetString()!)).ToArray();
        Assert.True(stepsBuiltBefore.Length >= 3, $"{stepsBuiltBefore.Length} of the resumed run's steps were built before the interrupt");
        Assert.All(stepsBuiltBefore, s => Assert.Equal("cached", s.GetProperty("buildKind").GetString()));
        var afterwards = File.ReadAllLines(journalPath);
        Assert.Equal(journaled, afterwards.Take(journaled.Length));
        // The endpoint check was done before the interrupt: the resumed run took no round of good and bad alone.
        var goodSha = steps.Single(s => s.GetProperty("role").GetString() == "good").GetProperty("sha").GetString()!;
        var badSha = steps.Single(s => s.GetProperty("role").GetString() == "bad").GetProperty("sha").GetString()!;
        var newRounds = afterwards.Skip(journaled.Length).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(e => e.GetProperty("Round").GetString())
            .Select(round => round.Select(e => e.GetProperty("Sha").GetString()).ToHashSet());
        Assert.DoesNotContain(newRounds, shas => shas.SetEquals([goodSha, badSha]));
        Assert.True(report.GetProperty("samplesReused").GetInt32() >= journaled.Length - 3, $"reused {report.GetProperty("samplesReused")} of {journaled.Length}");
    }
}
