using System.Text.Json;
using Bisector.Core.Nightly;
using Bisector.Reporting.Nightly;

namespace Bisector.Reporting.Tests.Nightly;

/// <summary>Every view of one night: the alert appears in each, an old step is not alerted again, the chart is drawn.</summary>
public class NightViewTests
{
    private static readonly HistorySeries s_series = new("main", "prog", "callgrind", "k1", "vm/cpu/2 CPUs");

    private static string Sha(int i) => $"{i:D2}".PadRight(40, 'a');

    private static NightReport Night()
    {
        double[] levels = [100, 100, 100, 120, 120, 120, 96, 96];
        var points = levels.Select((level, i) => new HistoryPoint(Sha(i), i * 2, $"commit {i}", [level, level + 1, level - 1])).ToArray();
        HistoryMark[] steps =
        [
            new(1, Sha(2), Sha(3), 20, ChangeState.Bisected, Sha(3), "/reports/prog-03", FoundTonight: true),
            new(2, Sha(5), Sha(6), -20, ChangeState.Improvement, null, null, FoundTonight: false),
        ];
        var history = new BenchmarkHistory(s_series, "instructions", points, steps);
        var started = new DateTimeOffset(2026, 12, 1, 2, 30, 0, TimeSpan.Zero);
        return new NightReport("main", Sha(7), started, started.AddMinutes(12), "/db/history.db", 3, [new NightBenchmark(history, ["0aaa", "1aaa"], ["9aaa"], 6, 3)]);
    }

    [Fact]
    public void The_json_counts_one_alert_for_the_step_found_tonight_and_none_for_the_old_one()
    {
        using var json = JsonDocument.Parse(NightJson.Render(Night()));
        var root = json.RootElement;
        var steps = root.GetProperty("benchmarks")[0].GetProperty("steps");

        Assert.Equal(1, root.GetProperty("alerts").GetInt32());
        Assert.Equal((true, "bisected", Sha(3)), (steps[0].GetProperty("alert").GetBoolean(), steps[0].GetProperty("state").GetString(), steps[0].GetProperty("culprit").GetString()));
        Assert.Equal((false, "improvement"), (steps[1].GetProperty("alert").GetBoolean(), steps[1].GetProperty("state").GetString()));
        Assert.Equal(8, root.GetProperty("benchmarks")[0].GetProperty("history").GetArrayLength());
        Assert.Equal(["9aaa"], root.GetProperty("benchmarks")[0].GetProperty("unbuildable").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_markdown_leads_with_the_regression_and_its_culprit()
    {
        var md = NightMarkdown.Render(Night());

        Assert.StartsWith("# Nightly: 1 new regression", md, StringComparison.Ordinal);
        Assert.Contains($"**Regression in prog: +20.0 %**, culprit {Sha(3)[..10]}; report: `/reports/prog-03`", md, StringComparison.Ordinal);
        Assert.Contains("| #2 |", md, StringComparison.Ordinal);
        Assert.Contains("faster: not alerted", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmarks_moved_by_one_commit_are_one_alert_naming_each_of_them()
    {
        var night = Night();
        var prog = night.Benchmarks[0];
        var other = prog with { History = prog.History with { Series = s_series with { Benchmark = "other" }, Steps = [prog.History.Steps[0] with { Id = 3, ChangePercent = 8, ReportDirectory = "/reports/other-03" }] } };
        night = night with { Benchmarks = [prog, other], Bisections = 1, Checks = 1 };

        var md = NightMarkdown.Render(night);
        using var json = JsonDocument.Parse(NightJson.Render(night));

        Assert.StartsWith("# Nightly: 1 new regression\n", md, StringComparison.Ordinal);
        Assert.Contains($"**Regression in 2 benchmarks: prog +20.0 %, other +8.0 %**, culprit {Sha(3)[..10]}; reports: `/reports/prog-03`, `/reports/other-03`", md, StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("alerts").GetInt32());
        Assert.Equal(["prog", "other"], json.RootElement.GetProperty("regressions")[0].GetProperty("benchmarks").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_fixed_rise_names_the_commit_that_fixed_it_and_is_not_alerted()
    {
        var night = Night();
        var prog = night.Benchmarks[0];
        HistoryMark[] steps = [prog.History.Steps[0] with { State = ChangeState.Fixed, FixedByStep = 2, FixedBySha = Sha(6) }, prog.History.Steps[1] with { FoundTonight = true }];
        night = night with { Benchmarks = [prog with { History = prog.History with { Steps = steps } }] };

        var md = NightMarkdown.Render(night);

        Assert.StartsWith("# Nightly: no new regression", md, StringComparison.Ordinal);
        Assert.Contains($"{Sha(3)[..10]}, fixed by {Sha(6)[..10]} before a night reported it: not alerted", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_one_page_that_fetches_nothing_with_the_history_chart_inline()
    {
        var html = HistoryHtml.Night(Night());

        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        var image = System.Text.RegularExpressions.Regex.Match(html, "data:image/png;base64,([A-Za-z0-9+/=]+)").Groups[1].Value;
        Assert.True(Convert.FromBase64String(image).Length > 10_000, "the chart is a real picture");
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Contains("Regression in prog", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_terminal_history_draws_a_longer_bar_for_a_higher_median_and_lists_the_steps()
    {
        var output = new StringWriter();

        HistoryTerminal.Write(output, Night().Benchmarks[0].History);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int Bar(string sha) => lines.Single(l => l.Contains(sha[..10], StringComparison.Ordinal) && !l.Contains("step #", StringComparison.Ordinal)).Count(c => c == '#');
        Assert.True(Bar(Sha(3)) > Bar(Sha(0)) && Bar(Sha(0)) > Bar(Sha(6)));
        Assert.Contains(lines, l => l.StartsWith("  step #1 ", StringComparison.Ordinal) && l.Contains($"culprit {Sha(3)[..10]}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_matches_its_committed_snapshot()
    {
        var actual = NightJson.Render(Night());

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Expected", "night.json");
        if (File.ReadAllText(expectedPath) != actual)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "night.json.received"), actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
