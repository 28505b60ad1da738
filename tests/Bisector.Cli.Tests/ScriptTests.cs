using System.Diagnostics;

namespace Bisector.Cli.Tests;

/// <summary>scripts/bisector builds once, says so, and then runs the built binary directly.</summary>
[Collection(CountingCollection.Name)]
public sealed class ScriptTests
{
    private static string Script => Path.Combine(CliProcess.SourceRoot, "scripts", "bisector");

    private static string Stamp => Path.Combine(CliProcess.SourceRoot, "src", "Bisector.Cli", "obj", "scripts-bisector.built");

    private static async Task<(int ExitCode, string Output, string Error, TimeSpan Elapsed)> HelpAsync()
    {
        var clock = Stopwatch.StartNew();
        var (exitCode, output, error) = await CliProcess.CaptureProgramAsync(Script, "--help");
        return (exitCode, output, error, clock.Elapsed);
    }

    [Fact(Timeout = 300_000)]
    public async Task The_script_builds_on_the_first_call_and_when_a_source_changed_and_otherwise_runs_the_built_binary_at_once()
    {
        // Arrange: a clone whose script never built (no stamp).
        File.Delete(Stamp);

        // Act
        var first = await HelpAsync();
        var second = await HelpAsync();
        File.SetLastWriteTimeUtc(Stamp, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // every source is now newer
        var afterChange = await HelpAsync();
        var third = await HelpAsync();

        // Assert
        Assert.All(new[] { first, second, afterChange, third }, r => Assert.True(r.ExitCode == 0 && r.Output.Contains("Usage:", StringComparison.Ordinal), $"exit {r.ExitCode}\n{r.Output}\n{r.Error}"));
        Assert.StartsWith("bisector: building (first run", first.Error, StringComparison.Ordinal);
        Assert.StartsWith("bisector: building again, sources changed", afterChange.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.Error);
        Assert.Equal(string.Empty, third.Error);
        // The binary alone answers in about 0.1 s; the script adds a find over the sources. Generous for a loaded machine.
        Assert.True(second.Elapsed < TimeSpan.FromSeconds(3), $"took {second.Elapsed}");
    }
}
