using System.Text.Json;
using Bisector.Testing;

namespace Bisector.Cli.Tests.Commands;

/// <summary>The explanation of a culprit from real builds, perf, callgrind and objdump.</summary>
[Collection(BenchmarkingCollection.Name)]
public sealed class ExplanationTests(SampleRepositoryFixture sample)
{
    private static JsonElement Report(string reportDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(reportDirectory, "report.json"))).RootElement;

    [Fact(Timeout = 300_000)]
    public async Task Profiling_the_samples_culprit_finds_more_work_in_the_dispatch_function_and_the_call_it_added_and_shows_the_eval_breaker_checks_added_call()
    {
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "profile", sample.CulpritSha, "--repo", sample.Path, "--config", CliProcess.SampleConfig, "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var profile = Report(work.Combine("report")).GetProperty("profile");
        // Which symbols lead by time is up to perf's sampling noise on a busy machine (eval_code +12.8 % and
        // threadstate_get +11.7 % of the parent's time in one run; int_from_long ahead of eval_code in another), so the
        // ranking is not asserted. Callgrind's counts are exact: the work rose in the dispatch function and the call it added.
        var rose = profile.GetProperty("symbols").EnumerateArray()
            .Where(s => s.GetProperty("culpritInstructions").GetDouble() > s.GetProperty("parentInstructions").GetDouble())
            .Select(s => s.GetProperty("name").GetString())
            .ToArray();
        Assert.Contains("eval_code", rose);
        Assert.Contains("threadstate_get", rose);
        Assert.DoesNotContain("int_from_long", rose);
        var evalCode = profile.GetProperty("machineCode").EnumerateArray().Single(m => m.GetProperty("symbol").GetString() == "eval_code");
        Assert.Equal("changed", evalCode.GetProperty("finding").GetString());
        var added = evalCode.GetProperty("hunks").EnumerateArray().SelectMany(h => h.EnumerateArray()).Where(l => l.GetProperty("kind").GetString() == "added");
        Assert.Contains(added, l => l.GetProperty("culprit").GetProperty("text").GetString() == "call <threadstate_get>" && l.GetProperty("culprit").GetProperty("executions").GetInt64() > 0);
        var markdown = File.ReadAllText(work.Combine("report", "report.md"));
        Assert.Contains("+", markdown, StringComparison.Ordinal);
        Assert.Contains("call", markdown, StringComparison.Ordinal);
        Assert.Contains("<threadstate_get>", markdown, StringComparison.Ordinal);
        Assert.Contains("EVAL_BREAKER_SET", markdown, StringComparison.Ordinal);

        // The edited macro is written inside DISPATCH(), which the instructions' cases end with: each of those sites that
        // kept code of its own (GCC merges some cases' identical tails into one) changed; a site whose code differs only in
        // alignment padding is identical.
        var breaker = profile.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("macro").GetString() == "EVAL_BREAKER_SET");
        Assert.Equal("eval_code", breaker.GetProperty("symbol").GetString());
        var changed = breaker.GetProperty("changed").GetInt32();
        Assert.True(changed >= 3, breaker.ToString());
        Assert.Equal(breaker.GetProperty("sites").GetInt32(), changed + breaker.GetProperty("identical").GetInt32());
        Assert.True(breaker.GetProperty("addedInstructions").GetInt32() >= changed, breaker.ToString());
        Assert.True(breaker.GetProperty("culpritRuns").GetInt64() > breaker.GetProperty("parentRuns").GetInt64(), breaker.ToString());
        Assert.Contains("EVAL_BREAKER_SET() expands at ", output, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Site by site", markdown, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task Comparing_a_change_to_code_the_benchmark_never_runs_says_so_and_that_the_hot_loop_only_moved()
    {
        using var repository = new ColdChangeRepository();
        using var work = new TempDirectory();

        var (exitCode, output, error) = await CliProcess.RunAsync(
            "compare", repository.Before, repository.After, "--repo", repository.Path, "--config", repository.ConfigPath,
            "--work-dir", work.Combine("work"), "--report-dir", work.Combine("report"));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var report = Report(work.Combine("report"));
        Assert.Equal("compared", report.GetProperty("status").GetString());
        var hotLoop = report.GetProperty("profile").GetProperty("machineCode").EnumerateArray().Single(m => m.GetProperty("symbol").GetString() == "hot_loop");
        Assert.Equal("moved", hotLoop.GetProperty("finding").GetString());
        Assert.Equal(hotLoop.GetProperty("parentInstructions").GetInt32(), hotLoop.GetProperty("culpritInstructions").GetInt32());
        var markdown = File.ReadAllText(work.Combine("report", "report.md"));
        Assert.Contains("cold_path", markdown, StringComparison.Ordinal);
        Assert.Contains("which the benchmark never executes", markdown, StringComparison.Ordinal);
        Assert.Contains("identical machine code, moved from 0x", output, StringComparison.Ordinal);
    }
}
