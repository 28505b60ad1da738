using Bisector.Git.Checkout;
using Bisector.Git.History;
using Bisector.Git.Revert;
using Bisector.Testing;

namespace Bisector.Git.Tests.Revert;

public sealed class RevertStoreTests
{
    [Fact]
    public void A_culprit_undone_at_the_tip_keeps_the_later_changes_builds_in_a_private_checkout_and_leaves_the_users_repository_alone()
    {
        using var repo = new GitTestRepository();
        repo.Commit("base", new Dictionary<string, string> { ["eval.c"] = "fast\n", ["other.c"] = "one\n" });
        var culprit = repo.Commit("slow down eval", new Dictionary<string, string> { ["eval.c"] = "slow\n" });
        var tip = repo.Commit("change other", new Dictionary<string, string> { ["other.c"] = "two\n" });
        var before = repo.Fingerprint();
        using var work = new TempDirectory();
        using var graph = GitCommitGraph.Open(repo.Path);
        using var store = RevertStore.Open(graph.ObjectsDirectory, work.Combine("reverts.git"));

        var reverted = store.Revert(tip.Sha, culprit.Sha);
        var again = store.Revert(tip.Sha, culprit.Sha);

        Assert.True(reverted.Applied);
        Assert.Equal(reverted.Commit!.Sha, again.Commit!.Sha);
        Assert.Equal([tip.Sha], reverted.Commit.Parents);
        Assert.Equal("Revert \"slow down eval\"", reverted.Commit.Subject);
        using var checkout = PrivateCheckout.Open(graph.ObjectsDirectory, work.Combine("checkout"), store.ObjectsDirectory);
        checkout.Checkout(reverted.Commit.Sha);
        Assert.Equal("fast\n", File.ReadAllText(work.Combine("checkout", "eval.c")));
        Assert.Equal("two\n", File.ReadAllText(work.Combine("checkout", "other.c")));
        Assert.Equal(before, repo.Fingerprint());
    }

    [Fact]
    public void A_culprit_whose_lines_changed_again_later_does_not_revert_and_the_conflicting_paths_are_named()
    {
        using var repo = new GitTestRepository();
        repo.Commit("base", new Dictionary<string, string> { ["eval.c"] = "fast\n" });
        var culprit = repo.Commit("slow down eval", new Dictionary<string, string> { ["eval.c"] = "slow\n" });
        var tip = repo.Commit("rewrite eval", new Dictionary<string, string> { ["eval.c"] = "rewritten\n" });
        using var work = new TempDirectory();
        using var graph = GitCommitGraph.Open(repo.Path);
        using var store = RevertStore.Open(graph.ObjectsDirectory, work.Combine("reverts.git"));

        var outcome = store.Revert(tip.Sha, culprit.Sha);

        Assert.False(outcome.Applied);
        Assert.Equal(["eval.c"], outcome.Conflicts);
    }
}
