using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary><c>bisector config init</c> and <c>bisector config check</c> on the real binary.</summary>
public sealed class ConfigCommandTests
{
    [Fact(Timeout = 60_000)]
    public async Task Init_writes_a_starter_config_with_the_flags_on_the_make_command_line_that_check_accepts_and_never_overwrites_it()
    {
        using var work = new TempDirectory();
        var path = work.Combine("myproject.json");

        var (initExit, initOutput, _) = await CliProcess.RunAsync("config", "init", "--output", path);
        var written = File.ReadAllText(path);
        var (checkExit, checkOutput, checkError) = await CliProcess.RunAsync("config", "check", path);
        File.AppendAllText(path, "// edited\n");
        var (againExit, againOutput, againError) = await CliProcess.RunAsync("config", "init", "--output", path);

        Assert.Equal(0, initExit);
        Assert.Contains($"Wrote {path}", initOutput, StringComparison.Ordinal);
        Assert.Contains("make -j{cores} CFLAGS='-O2 -g -fno-omit-frame-pointer'", written, StringComparison.Ordinal);
        Assert.Contains("a makefile that assigns CFLAGS itself", written, StringComparison.Ordinal);
        Assert.True(checkExit == 0, checkError);
        Assert.StartsWith("ok: ", checkOutput, StringComparison.Ordinal);
        Assert.Contains(", 1 benchmark: main (wall-time, the default)", checkOutput, StringComparison.Ordinal);
        Assert.Equal(2, againExit);
        Assert.Equal(string.Empty, againOutput);
        Assert.Contains("already exists", againError, StringComparison.Ordinal);
        Assert.EndsWith("// edited\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Check_accepts_the_shipped_sample_config_and_lists_its_benchmarks()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync("config", "check", CliProcess.SampleConfig);

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("ok: sample-minivm, 4 benchmarks: add_local (output, the default), load_store (output)", output, StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("{\n  \"build\": { \"commands\": [\"make\"] },\n  \"benchmarks\": { \"a\": { \"command\": \"x\",\n    \"metirc\": \"callgrind\" } }\n}\n", "4:5: benchmarks.a.metirc: is not a field here")]
    [InlineData("{\n  \"build\": { \"commands\": [\"make\"] },\n  \"benchmarks\": { \"a\": { \"command\": \"x\" } \n  \"statistics\": {}\n}\n", "4:3: not valid JSON: ")]
    public async Task Check_of_a_broken_config_says_once_where_and_what_and_exits_2(string json, string expected)
    {
        using var work = new TempDirectory();
        var path = work.Combine("broken.json");
        File.WriteAllText(path, json);

        var (exitCode, output, error) = await CliProcess.RunAsync("config", "check", path);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"bisector: {path}:{expected}", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("LineNumber", error, StringComparison.Ordinal);
    }
}
