using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Execution.Benchmarks;

namespace Bisector.Execution.Tests.Benchmarks;

public sealed class BenchmarkCommandTests
{
    private static readonly BuildOutcome s_build = new(true, BuildKind.Clean, "/w/builds/it's", "/w/checkout", 0, "build.log", null);

    private static BenchmarkSettings Settings(string command, string? cpu) =>
        new("b", command, Metric.WallTime, "s", 0, TimeSpan.FromSeconds(1), cpu) { ConfigDirectory = "/etc/bench" };

    [Fact]
    public void Placeholders_become_quoted_paths_of_the_build_the_checkout_and_the_config()
    {
        var command = BenchmarkCommand.For(Settings("{artifacts}/vm 20 {worktree} {config}/x", cpu: null), s_build);

        Assert.Equal("'/w/builds/it'\\''s'/vm 20 '/w/checkout' '/etc/bench'/x", command);
    }

    [Fact]
    public void A_pinned_benchmark_runs_under_taskset_on_its_cpu()
    {
        var settings = Settings("./vm 20 | tail -1", cpu: "3");

        Assert.Equal("taskset -c 3 bash -c './vm 20 | tail -1'", BenchmarkCommand.For(settings, s_build));
        Assert.Equal(3, BenchmarkCommand.PinnedCpu(settings));
        Assert.Null(BenchmarkCommand.PinnedCpu(settings with { Cpu = "0-1" }));
    }

    [Fact]
    public void A_counting_tool_runs_a_plain_command_itself_and_anything_else_through_bash()
    {
        var plain = Settings("{artifacts}/vm add_local {config}/x", cpu: "1");
        var piped = Settings("{artifacts}/vm 20 | tail -1", cpu: null);
        var builtin = Settings("exec vm 20", cpu: null);

        Assert.Equal("taskset -c 1 valgrind -- '/w/builds/it'\\''s/vm' 'add_local' '/etc/bench/x'", BenchmarkCommand.Wrapped(plain, s_build, "valgrind"));
        Assert.StartsWith("valgrind -- bash -c ", BenchmarkCommand.Wrapped(piped, s_build, "valgrind"), StringComparison.Ordinal);
        Assert.EndsWith("/vm 20 | tail -1'", BenchmarkCommand.Wrapped(piped, s_build, "valgrind"), StringComparison.Ordinal);
        Assert.Equal("valgrind -- bash -c 'exec vm 20'", BenchmarkCommand.Wrapped(builtin, s_build, "valgrind"));
    }
}
