using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Execution.Building;
using Bisector.Execution.Processes;
using Bisector.Git.Checkout;
using Bisector.Git.History;
using Bisector.Testing;
using LibGit2Sharp;
using Serilog.Core;

namespace Bisector.Execution.Tests.Building;

/// <summary>Real builds of a small C program from a real repository.</summary>
public sealed class CachingBuilderTests : IDisposable
{
    private const string Makefile = "prog: prog.o util.o\n\t$(CC) -o prog prog.o util.o\n\nclean:\n\trm -f prog *.o\n";
    private readonly GitTestRepository _repo = new();
    private readonly TempDirectory _work = new();
    private readonly GitCommitGraph _graph;
    private readonly PrivateCheckout _checkout;

    public CachingBuilderTests()
    {
        _graph = GitCommitGraph.Open(_repo.Path);
        _checkout = PrivateCheckout.Open(_graph.ObjectsDirectory, _work.Combine("checkout"));
    }

    private static Dictionary<string, string> Sources(int value) => new()
    {
        ["Makefile"] = Makefile,
        ["prog.c"] = $"#include <stdio.h>\nint util(void);\nint main(void) {{ printf(\"%d\\n\", {value} + util()); return 0; }}\n",
        ["util.c"] = "int util(void) { return 0; }\n",
    };

    private static BuildSettings Settings(IReadOnlyList<string>? artifacts = null) =>
        new(["make prog"], new Dictionary<string, string>(), TimeSpan.FromMinutes(2), artifacts ?? ["prog"], ["make clean"], ["Makefile"]);

    private CachingBuilder Builder(IReadOnlyList<string>? artifacts = null) => Builder(Settings(artifacts));

    private CachingBuilder Builder(BuildSettings settings, string? cacheRoot = null) =>
        new(settings, BuildKey.Of(settings, "cc (test) 12.2.0"), _checkout, cacheRoot ?? _work.Combine("artifacts"), new ProcessRunner(), Logger.None);

    private CommitInfo Info(Commit commit) => _graph.Lookup(commit.Sha);

    private static async Task<string> RunArtifact(BuildOutcome build) =>
        (await new ProcessRunner().RunAsync("./prog", build.ArtifactDirectory, new Dictionary<string, string>(), TimeSpan.FromSeconds(20), null, CancellationToken.None)).StandardOutput.Trim();

    [Fact(Timeout = 120_000)]
    public async Task The_first_build_is_clean_the_next_incremental_and_a_commit_built_before_comes_from_the_cache()
    {
        var first = Info(_repo.Commit("one", Sources(1)));
        var second = Info(_repo.Commit("two", Sources(2)));
        var builder = Builder();

        var a = await builder.BuildAsync(first, CancellationToken.None);
        var b = await builder.BuildAsync(second, CancellationToken.None);
        var again = await Builder().BuildAsync(first, CancellationToken.None);

        Assert.Equal((true, BuildKind.Clean), (a.Success, a.Kind));
        Assert.Equal((true, BuildKind.Incremental), (b.Success, b.Kind));
        Assert.Equal((true, BuildKind.Cached), (again.Success, again.Kind));
        Assert.Equal(("the first build in this checkout", $"on top of {first.ShortSha}", "found in the artifact cache"), (a.Reason, b.Reason, again.Reason));
        Assert.Equal("1", await RunArtifact(a));
        Assert.Equal("2", await RunArtifact(b));
        Assert.Equal("1", await RunArtifact(again));
        Assert.Contains("cc", await File.ReadAllTextAsync(b.LogPath), StringComparison.Ordinal);
        Assert.DoesNotContain("util.c", await File.ReadAllTextAsync(b.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_change_to_a_configure_input_forces_a_clean_build()
    {
        var first = Info(_repo.Commit("one", Sources(1)));
        var changed = Sources(1);
        changed["Makefile"] = "# tuned\n" + Makefile;
        var second = Info(_repo.Commit("makefile", changed));
        var builder = Builder();

        await builder.BuildAsync(first, CancellationToken.None);
        var outcome = await builder.BuildAsync(second, CancellationToken.None);

        Assert.Equal(BuildKind.Clean, outcome.Kind);
        Assert.Equal($"Makefile changed since {first.ShortSha}", outcome.Reason);
        Assert.Contains("rm -f prog", await File.ReadAllTextAsync(outcome.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_commit_that_does_not_compile_is_a_failed_build_with_the_compiler_error_in_its_log_and_is_not_retried()
    {
        var broken = Sources(1);
        broken["prog.c"] = "int main(void) { return undefined_name; }\n";
        var commit = Info(_repo.Commit("broken", broken));
        var builder = Builder();

        var outcome = await builder.BuildAsync(commit, CancellationToken.None);
        var cached = await builder.BuildAsync(commit, CancellationToken.None);

        Assert.False(outcome.Success);
        Assert.Contains("'make prog' exited with code 2", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("undefined_name", await File.ReadAllTextAsync(outcome.LogPath), StringComparison.Ordinal);
        Assert.Equal((false, BuildKind.Cached), (cached.Success, cached.Kind));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_build_that_does_not_produce_the_declared_artifact_fails_naming_it()
    {
        var commit = Info(_repo.Commit("one", Sources(1)));

        var outcome = await Builder(["prog", "libprog.so"]).BuildAsync(commit, CancellationToken.None);

        Assert.False(outcome.Success);
        Assert.Contains("did not produce 'libprog.so'", outcome.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_folder_artifact_is_cached_as_the_build_left_it_with_its_empty_folders()
    {
        // As CPython's package.sh lays an interpreter out: the binary, and lib/pythonX.Y/lib-dynload, empty after
        // 'make python', which the interpreter needs to find its exec_prefix.
        var sources = Sources(1);
        sources["Makefile"] = Makefile + "\ndist: prog\n\tmkdir -p dist/bin dist/lib/python3.11/lib-dynload\n\tcp prog dist/bin/prog\n";
        var first = Info(_repo.Commit("one", sources));
        var second = Info(_repo.Commit("two", sources));
        var settings = new BuildSettings(["make dist"], new Dictionary<string, string>(), TimeSpan.FromMinutes(2), ["dist"], ["make clean"], ["Makefile"]);

        var built = await Builder(settings).BuildAsync(first, CancellationToken.None);
        await Builder(settings).BuildAsync(second, CancellationToken.None);
        var cached = await Builder(settings).BuildAsync(first, CancellationToken.None);

        Assert.Equal((true, BuildKind.Clean), (built.Success, built.Kind));
        Assert.Equal((true, BuildKind.Cached), (cached.Success, cached.Kind));
        Assert.True(File.Exists(Path.Combine(cached.ArtifactDirectory, "dist", "bin", "prog")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(cached.ArtifactDirectory, "dist", "lib", "python3.11", "lib-dynload")));
    }

    [Fact(Timeout = 120_000)]
    public async Task With_ccache_installed_a_clean_build_with_debug_info_in_another_work_dir_compiles_from_the_shared_ccache()
    {
        Assert.True(Directory.Exists("/usr/lib/ccache"), "needs ccache: run scripts/setup");
        var commit = Info(_repo.Commit("one", Sources(1)));
        // -g, as the configs build for perf: ccache would hash each checkout's directory into these compiles.
        var settings = new BuildSettings(["make prog"], new Dictionary<string, string> { ["CFLAGS"] = "-g -O2" }, TimeSpan.FromMinutes(2), ["prog", "prog.o"], [], []);
        var shared = _work.Combine("user-cache", "ccache");
        var first = new CachingBuilder(settings, BuildKey.Of(settings, "cc"), _checkout, _work.Combine("work-a", "artifacts"), new ProcessRunner(), Logger.None, shared);
        using var otherCheckout = PrivateCheckout.Open(_graph.ObjectsDirectory, _work.Combine("work-b", "checkout"));
        var second = new CachingBuilder(settings, BuildKey.Of(settings, "cc"), otherCheckout, _work.Combine("work-b", "artifacts"), new ProcessRunner(), Logger.None, shared);

        var a = await first.BuildAsync(commit, CancellationToken.None);
        var b = await second.BuildAsync(commit, CancellationToken.None);
        var stats = await new ProcessRunner().RunAsync(
            "ccache --print-stats", _work.Path, new Dictionary<string, string> { ["CCACHE_DIR"] = shared }, TimeSpan.FromSeconds(20), null, CancellationToken.None);

        Assert.Equal((BuildKind.Clean, BuildKind.Clean), (a.Kind, b.Kind));
        Assert.Equal((shared, shared), (first.CcacheDirectory, second.CcacheDirectory));
        var counters = stats.StandardOutput.Split('\n').Select(l => l.Split('\t')).Where(f => f.Length == 2).ToDictionary(f => f[0], f => long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, counters["direct_cache_hit"] + counters["preprocessed_cache_hit"]);
        Assert.Equal(2, counters["cache_miss"]);
        Assert.Equal("1", await RunArtifact(b));
    }

    [Fact(Timeout = 120_000)]
    public async Task Without_a_shared_ccache_the_work_dir_keeps_its_own()
    {
        var first = Builder();

        await first.BuildAsync(Info(_repo.Commit("one", Sources(1))), CancellationToken.None);

        Assert.Equal(_work.Combine("ccache"), first.CcacheDirectory);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_config_can_turn_ccache_off()
    {
        var settings = new BuildSettings(["make prog"], new Dictionary<string, string>(), TimeSpan.FromMinutes(2), ["prog"], [], []) { UseCcache = false };

        var builder = Builder(settings);
        var build = await builder.BuildAsync(Info(_repo.Commit("one", Sources(1))), CancellationToken.None);

        Assert.True(build.Success);
        Assert.Null(builder.CcacheDirectory);
        Assert.False(Directory.Exists(_work.Combine("ccache")));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_changed_build_flag_builds_again_in_a_new_folder_and_the_first_build_is_still_found()
    {
        var commit = Info(_repo.Commit("one", Sources(1)));
        var o2 = Settings() with { Environment = new Dictionary<string, string> { ["OPT"] = "-O2" } };
        var o0 = Settings() with { Environment = new Dictionary<string, string> { ["OPT"] = "-O0" } };

        var first = await Builder(o2).BuildAsync(commit, CancellationToken.None);
        var changed = await Builder(o0).BuildAsync(commit, CancellationToken.None);
        var back = await Builder(o2).BuildAsync(commit, CancellationToken.None);

        Assert.NotEqual(BuildKey.Of(o2, "cc (test) 12.2.0"), BuildKey.Of(o0, "cc (test) 12.2.0"));
        Assert.Equal((BuildKind.Clean, BuildKind.Incremental, BuildKind.Cached), (first.Kind, changed.Kind, back.Kind));
        Assert.NotEqual(first.ArtifactDirectory, changed.ArtifactDirectory);
        Assert.Equal(first.ArtifactDirectory, back.ArtifactDirectory);
        Assert.Equal(2, Directory.GetDirectories(_work.Combine("artifacts")).Length);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_cache_moved_to_another_folder_is_found_there_with_paths_of_its_new_place()
    {
        var commit = Info(_repo.Commit("one", Sources(1)));
        var built = await Builder().BuildAsync(commit, CancellationToken.None);
        var marker = await File.ReadAllTextAsync(Path.Combine(built.ArtifactDirectory, "build.json"));
        var moved = _work.Combine("moved", "artifacts");
        Directory.CreateDirectory(_work.Combine("moved"));
        var mv = await new ProcessRunner().RunAsync($"mv {_work.Combine("artifacts")} {moved}", _work.Path, new Dictionary<string, string>(), TimeSpan.FromSeconds(20), null, CancellationToken.None);

        var again = await Builder(Settings(), moved).BuildAsync(commit, CancellationToken.None);
        var listed = CachingBuilder.CachedBuilds(Path.GetDirectoryName(again.ArtifactDirectory)!)[commit.Sha];

        Assert.True(mv.Success, mv.StandardError);
        Assert.DoesNotContain(_work.Path, marker, StringComparison.Ordinal);
        Assert.Equal(BuildKind.Cached, again.Kind);
        Assert.StartsWith(moved, again.ArtifactDirectory, StringComparison.Ordinal);
        Assert.True(File.Exists(again.LogPath), again.LogPath);
        Assert.Equal("1", await RunArtifact(again));
        Assert.Equal((again.ArtifactDirectory, again.LogPath, BuildKind.Clean), (listed.ArtifactDirectory, listed.LogPath, listed.Kind));
    }

    [Fact(Timeout = 120_000)]
    public async Task Two_builders_building_one_commit_at_once_publish_one_complete_build_and_leave_nothing_else()
    {
        var commit = Info(_repo.Commit("one", Sources(1)));
        using var otherCheckout = PrivateCheckout.Open(_graph.ObjectsDirectory, _work.Combine("checkout2"));
        var settings = Settings();
        var other = new CachingBuilder(settings, BuildKey.Of(settings, "cc (test) 12.2.0"), otherCheckout, _work.Combine("artifacts"), new ProcessRunner(), Logger.None);

        var both = await Task.WhenAll(Builder().BuildAsync(commit, CancellationToken.None), other.BuildAsync(commit, CancellationToken.None));

        Assert.All(both, b => Assert.True(b.Success, b.Error));
        Assert.Equal(both[0].ArtifactDirectory, both[1].ArtifactDirectory);
        Assert.Equal([commit.Sha], Directory.GetFileSystemEntries(Path.GetDirectoryName(both[0].ArtifactDirectory)!).Select(Path.GetFileName));
        Assert.Equal("1", await RunArtifact(both[1]));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_build_waits_while_another_run_holds_the_checkout_and_says_once_which_run()
    {
        var commit = Info(_repo.Commit("one", Sources(1)));
        var said = new List<string>();
        var log = new Serilog.LoggerConfiguration().WriteTo.Sink(new CollectingSink(said)).CreateLogger();
        var settings = Settings();
        var builder = new CachingBuilder(settings, BuildKey.Of(settings, "cc"), _checkout, _work.Combine("artifacts"), new ProcessRunner(), log);
        var held = await CheckoutLock.AcquireAsync(CheckoutLock.PathFor(_checkout.Directory), _ => { }, CancellationToken.None);

        var build = builder.BuildAsync(commit, CancellationToken.None);
        await Task.Delay(1500);
        var finishedWhileHeld = build.IsCompleted;
        held.Dispose();
        var outcome = await build;

        Assert.False(finishedWhileHeld);
        Assert.True(outcome.Success, outcome.Error);
        var waiting = Assert.Single(said, s => s.Contains("Waiting for another run", StringComparison.Ordinal));
        Assert.Contains($"pid {Environment.ProcessId}", waiting, StringComparison.Ordinal);
        Assert.Contains(Environment.CommandLine, waiting, StringComparison.Ordinal);
    }

    private sealed class CollectingSink(List<string> messages) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent)
        {
            lock (messages)
            {
                messages.Add(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public void Dispose()
    {
        _checkout.Dispose();
        _graph.Dispose();
        _repo.Dispose();
        _work.Dispose();
    }
}
