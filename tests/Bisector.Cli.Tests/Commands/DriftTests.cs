using System.Diagnostics;
using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>
/// The sample bisection, timed, while the machine's load comes and goes: a generator keeps both CPUs busy for a few
/// seconds, then leaves them quiet, in turns. Samples taken minutes apart are not comparable then; verdicts that compare
/// runs taken back to back still are, and so building the next commits ahead beside the samples is safe.
/// </summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class DriftTests(SampleRepositoryFixture sample)
{
    [Fact(Timeout = 480_000)]
    public async Task The_sample_bisection_names_the_culprit_while_load_switches_on_and_off()
    {
        using var work = new TempDirectory();
        using var load = new LoadGenerator(busy: TimeSpan.FromSeconds(3), quiet: TimeSpan.FromSeconds(3));

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "run", "--repo", sample.Path, "--config", CliProcess.SampleConfig, "--good", "v1.0", "--bad", "main",
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"), "--no-explain", "--no-revert-check", "--build-ahead");

        Assert.True(load.Switches >= 2, $"the load switched only {load.Switches} times");
        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = JsonDocument.Parse(File.ReadAllText(work.Combine("report", "report.json"))).RootElement;
        Assert.Equal(sample.CulpritSha, report.GetProperty("culprit").GetProperty("sha").GetString());
        // Builds ahead ran beside the samples (asked for: a timed run on two CPUs does not by default), and the verdicts held under them and the load.
        Assert.True(report.GetProperty("search").GetProperty("builtAhead").GetInt32() > 0, report.GetProperty("search").ToString());
        // The load was seen and recorded beside the samples.
        Assert.Contains(report.GetProperty("steps").EnumerateArray(), s =>
            s.TryGetProperty("load", out var l) && l.GetProperty("otherBusyMaxPercent").ValueKind == JsonValueKind.Number && l.GetProperty("otherBusyMaxPercent").GetDouble() > 50);
    }

    /// <summary>Busy loops on every CPU for a while, then none for a while, until disposed.</summary>
    private sealed class LoadGenerator : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public LoadGenerator(TimeSpan busy, TimeSpan quiet) => _loop = Task.Run(() => RunAsync(busy, quiet, _stop.Token));

        public int Switches { get; private set; }

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
            }

            _stop.Dispose();
        }

        private async Task RunAsync(TimeSpan busy, TimeSpan quiet, CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var spinners = Enumerable.Range(0, Environment.ProcessorCount)
                    .Select(_ => Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })!)
                    .ToArray();
                Switches++;
                try
                {
                    await Task.Delay(busy, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    foreach (var spinner in spinners)
                    {
                        spinner.Kill();
                        spinner.WaitForExit(TimeSpan.FromMinutes(1));
                        spinner.Dispose();
                    }
                }

                Switches++;
                try
                {
                    await Task.Delay(quiet, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }
}
