using Bisector.Core.Abstractions;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Execution.Building;
using Bisector.Execution.Processes;
using Bisector.Git.Checkout;
using Bisector.Git.History;
using Bisector.Testing;
using Serilog.Core;

namespace Bisector.Execution.Tests.Building;

/// <summary>Real builds of a small C program in several private checkouts at once.</summary>
public sealed class BuilderPoolTests : IDisposable
{
    private readonly GitTestRepository _repo = new();
    private readonly TempDirectory _work = new();
    private readonly GitCommitGraph _graph;
    private readonly List<PrivateCheckout> _checkouts = [];

    public BuilderPoolTests() => _graph = GitCommitGraph.Open(_repo.Path);

    /// <summary>A build that takes a second (sleep in the Makefile) and writes when it started and ended, so overlaps show.</summary>
    private Dictionary<string, string> Sources(int value) => new()
    {
        ["Makefile"] = $"prog: prog.c\n\techo \"$$(date +%s%N) 1\" >> {_work.Combine("events")}\n\tsleep 1\n\t$(CC) -o prog prog.c\n\tnice > niceness\n" +
            $"\techo \"$$(date +%s%N) -1\" >> {_work.Combine("events")}\n",
        ["prog.c"] = $"#include <stdio.h>\nint main(void) {{ printf(\"%d\\n\", {value}); return 0; }}\n",
    };

    private BuilderPool Pool(int capacity)
    {
        var settings = new BuildSettings(["make prog"], new Dictionary<string, string>(), TimeSpan.FromMinutes(2), ["prog", "niceness"], [], []);
        var key = BuildKey.Of(settings, "cc (test) 12.2.0");
        return new BuilderPool(capacity, index =>
        {
            var checkout = PrivateCheckout.Open(_graph.ObjectsDirectory, _work.Combine($"checkout-{index}"));
            _checkouts.Add(checkout);
            return new CachingBuilder(settings, key, checkout, _work.Combine("artifacts"), new ProcessRunner(), Logger.None);
        });
    }

    [Fact(Timeout = 120_000)]
    public async Task Two_commits_build_at_once_in_two_checkouts_and_a_third_waits_for_a_free_one()
    {
        var commits = Enumerable.Range(1, 3).Select(i => _graph.Lookup(_repo.Commit($"c{i}", Sources(i)).Sha)).ToArray();
        using var pool = Pool(capacity: 2);

        var builds = await Task.WhenAll(commits.Select(commit => pool.BuildAsync(commit, CancellationToken.None)));

        Assert.All(builds, build => Assert.True(build.Success, build.Error));
        Assert.Equal(2, builds.Select(build => build.WorktreeDirectory).Distinct().Count());
        Assert.Equal(3, Directory.GetDirectories(Assert.Single(Directory.GetDirectories(_work.Combine("artifacts")))).Length);
        // Builds running at once, from each build's start (+1) and end (-1) in time order: two overlapped, never three.
        var running = 0;
        var most = 0;
        foreach (var change in File.ReadAllLines(_work.Combine("events")).Select(line => line.Split(' ')).OrderBy(e => long.Parse(e[0], System.Globalization.CultureInfo.InvariantCulture)).Select(e => int.Parse(e[1], System.Globalization.CultureInfo.InvariantCulture)))
        {
            running += change;
            most = Math.Max(most, running);
        }

        Assert.Equal(2, most);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_build_in_the_background_runs_at_the_lowest_priority_and_a_cached_build_needs_no_free_checkout()
    {
        var commit = _graph.Lookup(_repo.Commit("c1", Sources(1)).Sha);
        using var pool = Pool(capacity: 1);

        var background = await pool.BuildInBackgroundAsync(commit, CancellationToken.None);
        var other = _graph.Lookup(_repo.Commit("c2", Sources(2)).Sha);
        var busy = pool.BuildAsync(other, CancellationToken.None);
        var cached = await pool.BuildAsync(commit, CancellationToken.None).WaitAsync(TimeSpan.FromMilliseconds(500));
        var built = await busy;

        Assert.True(background.Success, background.Error);
        Assert.Equal("19", (await File.ReadAllTextAsync(Path.Combine(background.ArtifactDirectory, "niceness"))).Trim());
        Assert.Equal(BuildKind.Cached, cached.Kind);
        Assert.Equal("0", (await File.ReadAllTextAsync(Path.Combine(built.ArtifactDirectory, "niceness"))).Trim());
    }

    public void Dispose()
    {
        foreach (var checkout in _checkouts)
        {
            checkout.Dispose();
        }

        _work.Dispose();
        _repo.Dispose();
    }
}
