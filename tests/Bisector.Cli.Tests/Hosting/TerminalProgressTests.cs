using System.Text.RegularExpressions;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Hosting;

/// <summary>
/// On a terminal a live status line says what is being done now and, once a step has been timed, about how long is left;
/// redirected output has the plain lines only, the estimate included.
/// </summary>
[Collection(CountingCollection.Name)]
public sealed class TerminalProgressTests(SampleRepositoryFixture sample)
{
    private const string EraseLine = "\r\u001b[2K";

    /// <summary>The time left as the live line and the progress lines say it: "about 40 s left", "about 3 min left", "about 1 h 5 min left".</summary>
    private const string Estimate = @"about \d+ (s|min|h|h \d+ min) left";

    [Fact(Timeout = 300_000)]
    public async Task A_run_on_a_terminal_shows_a_live_line_with_the_step_what_it_does_and_the_time_and_redirected_output_has_none()
    {
        using var work = new TempDirectory();
        // Four commits up to the culprit: the search has steps, builds and measures, and ends quickly.
        string[] args =
        [
            "run", "--repo", sample.Path, "--config", CliProcess.DeterministicConfig, "--good", $"{sample.CulpritSha}~4", "--bad", sample.CulpritSha,
            "--work-dir", work.Combine("work"), "--no-explain", "--no-map", "--no-revert-check",
        ];
        var command = string.Join(' ', ["dotnet", CliProcess.Dll, .. args, "--report-dir", work.Combine("terminal")]);

        // script(1) runs the binary on a pseudo-terminal and copies what it shows to its stdout.
        var terminal = await CliProcess.CaptureProgramAsync("env", "TERM=xterm", "script", "-qfec", command, "/dev/null");
        var redirected = await CliProcess.RunAsync([.. args, "--report-dir", work.Combine("redirected")]);

        Assert.True(terminal.ExitCode == 0, $"exit {terminal.ExitCode}\n{terminal.Output}\n{terminal.Error}");
        Assert.True(redirected.ExitCode == 0, $"exit {redirected.ExitCode}\n{redirected.Output}\n{redirected.Error}");
        // Log lines on stderr come with colour codes; only the line erasing matters here.
        var screen = Regex.Replace(terminal.Output, "\u001b\\[[0-9;]*m", string.Empty);
        var statusLines = screen.Split(EraseLine).Select(s => s.Split('\r', '\n')[0]).Where(s => s.Contains(" elapsed", StringComparison.Ordinal)).ToArray();
        Assert.Contains(statusLines, s => s.StartsWith("Building the endpoints", StringComparison.Ordinal));
        Assert.Contains(statusLines, s => s.StartsWith("step 1, about ", StringComparison.Ordinal) && s.Contains(": building ", StringComparison.Ordinal));
        Assert.Contains(statusLines, s => s.Contains("measuring round 1 of ", StringComparison.Ordinal));
        Assert.Contains(statusLines, s => s.StartsWith("Re-verifying", StringComparison.Ordinal));
        Assert.All(statusLines, s => Assert.Matches($@" · \d+:\d\d elapsed( · {Estimate})?$", s));
        // No estimate before a step has finished; after it, the steps left and the re-check.
        Assert.All(statusLines.Where(s => s.StartsWith("step 1,", StringComparison.Ordinal) || s.StartsWith("Building the endpoints", StringComparison.Ordinal)), s => Assert.DoesNotMatch(Estimate, s));
        Assert.Contains(statusLines, s => s.StartsWith("step 2,", StringComparison.Ordinal) && Regex.IsMatch(s, $" · {Estimate}$"));
        // The plain progress lines are there on the terminal too, and the summary is not followed by a status line.
        Assert.Contains("[step 1, about ", terminal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" elapsed", terminal.Output[terminal.Output.IndexOf("Culprit:", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2K", redirected.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" elapsed", redirected.Output, StringComparison.Ordinal);
        Assert.Contains("[step 1, about ", redirected.Output, StringComparison.Ordinal);
        Assert.Matches(@"\[step 1, about \d+ left, \d+ commits in play\] testing ", redirected.Output);
        Assert.Matches($@"\[step 2, about \d+ left, \d+ commits in play; {Estimate}\] testing ", redirected.Output);
        Assert.Matches($"== Re-verifying .*; {Estimate}", redirected.Output);
    }
}
