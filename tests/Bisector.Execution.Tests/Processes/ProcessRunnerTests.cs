using Bisector.Execution.Processes;
using Bisector.Testing;

namespace Bisector.Execution.Tests.Processes;

public sealed class ProcessRunnerTests
{
    private static readonly Dictionary<string, string> s_noEnvironment = [];
    private readonly ProcessRunner _runner = new();

    private static bool IsGone(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return true;
        }

        // This machine's PID 1 may not reap orphans: a killed process can linger as a zombie ('Z').
        var text = File.ReadAllText(stat);
        return text[(text.LastIndexOf(')') + 2)..].StartsWith('Z');
    }

    [Fact(Timeout = 30_000)]
    public async Task A_non_zero_exit_is_a_value_with_its_output_and_environment()
    {
        var lines = new List<string>();

        var result = await _runner.RunAsync("echo \"out $GREETING\"; echo err >&2; exit 3", Path.GetTempPath(), new Dictionary<string, string> { ["GREETING"] = "hello" }, TimeSpan.FromSeconds(20), lines.Add, CancellationToken.None);

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Success);
        Assert.Equal("out hello\n", result.StandardOutput);
        Assert.Equal("err\n", result.StandardError);
        Assert.Contains("out hello", lines);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_timeout_kills_the_whole_process_group_including_background_children()
    {
        using var folder = new TempDirectory();
        var pidFile = folder.Combine("child.pid");

        var result = await _runner.RunAsync($"sleep 300 & echo $! > {pidFile}; wait", folder.Path, s_noEnvironment, TimeSpan.FromSeconds(1), null, CancellationToken.None);

        Assert.True(result.TimedOut);
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(200);
        Assert.True(IsGone(child), $"background child {child} survived the timeout");
        Assert.True(result.Duration < TimeSpan.FromSeconds(10));
    }

    [Fact(Timeout = 30_000)]
    public async Task Cancelling_stops_the_process_group_and_throws()
    {
        using var folder = new TempDirectory();
        var pidFile = folder.Combine("child.pid");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _runner.RunAsync($"sleep 300 & echo $! > {pidFile}; wait", folder.Path, s_noEnvironment, TimeSpan.FromMinutes(5), null, cancel.Token));

        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(200);
        Assert.True(IsGone(child), $"background child {child} survived cancellation");
    }
}
