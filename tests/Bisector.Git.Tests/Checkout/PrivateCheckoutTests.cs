using Bisector.Git.Checkout;
using Bisector.Git.History;
using Bisector.Testing;

namespace Bisector.Git.Tests.Checkout;

public sealed class PrivateCheckoutTests
{
    [Fact]
    public void Checking_out_commits_privately_leaves_the_users_repository_exactly_as_it_was()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(5);
        File.WriteAllText(Path.Combine(repo.Path, "untracked.txt"), "mine");
        var before = repo.Fingerprint();
        using var work = new TempDirectory();
        using var graph = GitCommitGraph.Open(repo.Path);

        using (var checkout = PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("checkout")))
        {
            checkout.Checkout(commits[1].Sha);
            Assert.Equal("change 1\n", File.ReadAllText(work.Combine("checkout", "value.txt")));
            checkout.Checkout(commits[3].Sha);
            Assert.Equal("change 3\n", File.ReadAllText(work.Combine("checkout", "value.txt")));
            Assert.Equal(commits[3].Sha, checkout.CurrentSha);
        }

        Assert.Equal(before, repo.Fingerprint());
        Assert.Equal("change 4\n", File.ReadAllText(Path.Combine(repo.Path, "value.txt")));
    }

    [Fact]
    public void Only_changed_files_are_rewritten_so_make_stays_incremental()
    {
        using var repo = new GitTestRepository();
        var first = repo.Commit("two files", new Dictionary<string, string> { ["a.c"] = "a", ["b.c"] = "b" });
        var second = repo.Commit("change b", new Dictionary<string, string> { ["b.c"] = "b2" });
        using var work = new TempDirectory();
        using var graph = GitCommitGraph.Open(repo.Path);
        using var checkout = PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("checkout"));
        checkout.Checkout(first.Sha);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(work.Combine("checkout", "a.c"), old);
        File.SetLastWriteTimeUtc(work.Combine("checkout", "b.c"), old);

        checkout.Checkout(second.Sha);

        Assert.Equal(old, File.GetLastWriteTimeUtc(work.Combine("checkout", "a.c")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(work.Combine("checkout", "b.c")));
        Assert.Equal(["b.c"], checkout.ChangedPaths(first.Sha, second.Sha));
    }

    [Fact]
    public void A_reopened_checkout_remembers_its_commit()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(2);
        using var work = new TempDirectory();
        using var graph = GitCommitGraph.Open(repo.Path);
        using (var checkout = PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("c")))
        {
            Assert.Null(checkout.CurrentSha);
            checkout.Checkout(commits[0].Sha);
        }

        using var reopened = PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("c"));

        Assert.Equal(commits[0].Sha, reopened.CurrentSha);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_checkout_moved_to_another_folder_opens_there_with_its_commit_and_checks_out_more()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(3);
        using var work = new TempDirectory();
        using var graph = GitCommitGraph.Open(repo.Path);
        using (var checkout = PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("old", "c")))
        {
            checkout.Checkout(commits[0].Sha);
        }

        Directory.CreateDirectory(work.Combine("new"));
        using var mv = System.Diagnostics.Process.Start("mv", [work.Combine("old", "c"), work.Combine("new", "c")]);
        await mv.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        Directory.Delete(work.Combine("old"));
        using var moved = PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("new", "c"));
        moved.Checkout(commits[2].Sha);

        Assert.Equal(0, mv.ExitCode);
        Assert.Equal(work.Combine("new", "c"), moved.Directory);
        Assert.Equal(commits[2].Sha, moved.CurrentSha);
        Assert.Equal("change 2\n", File.ReadAllText(work.Combine("new", "c", "value.txt")));
        Assert.DoesNotContain(work.Combine("old"), File.ReadAllText(work.Combine("new", "c", ".git", "config")), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_opening_a_new_checkout_at_once_all_get_the_same_repository()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(2);
        using var work = new TempDirectory();
        using var graph = GitCommitGraph.Open(repo.Path);

        var opened = Enumerable.Range(0, 4).AsParallel().Select(_ => PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("c"))).ToArray();
        opened[0].Checkout(commits[1].Sha);

        Assert.All(opened, c => Assert.Equal(commits[1].Sha, c.CurrentSha));
        Assert.Equal(["c"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName));
        foreach (var checkout in opened)
        {
            checkout.Dispose();
        }
    }
}
