using Bisector.Core.Domain;
using Bisector.Git.History;
using Bisector.Testing;
using LibGit2Sharp;

namespace Bisector.Git.Tests.History;

public sealed class GitCommitGraphTests
{
    [Fact]
    public void It_resolves_branches_short_shas_relative_revisions_and_both_kinds_of_tag()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(6);
        repo.Repository.Tags.Add("v1.0", commits[1], new Signature("T", "t@example.org", DateTimeOffset.UnixEpoch), "annotated");
        repo.Repository.Tags.Add("light", commits[2]);
        using var graph = GitCommitGraph.Open(repo.Path);

        Assert.Equal(commits[5].Sha, graph.Resolve("master").Sha);
        Assert.Equal(commits[3].Sha, graph.Resolve(commits[3].Sha[..7]).Sha);
        Assert.Equal(commits[2].Sha, graph.Resolve("HEAD~3").Sha);
        Assert.Equal(commits[1].Sha, graph.Resolve("v1.0").Sha);
        Assert.Equal(commits[2].Sha, graph.Resolve("light").Sha);
    }

    [Fact]
    public void It_resolves_cpython_style_names_to_the_nearest_ref_and_says_which()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(3);
        repo.Repository.Tags.Add("v3.7.0", commits[0]);
        repo.Repository.Refs.Add("refs/remotes/origin/3.7", commits[1].Id);
        using var graph = GitCommitGraph.Open(repo.Path);

        var tag = graph.Resolve("v3.7");
        var branch = graph.Resolve("3.7");

        Assert.Equal(commits[0].Sha, tag.Sha);
        Assert.Equal("v3.7 (as v3.7.0)", tag.Rev);
        Assert.Equal(commits[1].Sha, branch.Sha);
        Assert.Equal("3.7 (as origin/3.7)", branch.Rev);
    }

    [Fact]
    public void A_minor_version_without_its_dot_zero_tag_resolves_to_its_first_patch_release()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(4);
        repo.Repository.Tags.Add("v3.11.10", commits[3]);
        repo.Repository.Tags.Add("v3.11.2", commits[1]);
        repo.Repository.Tags.Add("v3.11.1rc1", commits[0]);
        repo.Repository.Tags.Add("v3.11.5", commits[2]);
        using var graph = GitCommitGraph.Open(repo.Path);

        var resolved = graph.Resolve("v3.11");

        Assert.Equal(commits[1].Sha, resolved.Sha);
        Assert.Equal("v3.11 (as v3.11.2)", resolved.Rev);
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error_that_suggests_close_names()
    {
        using var repo = new GitTestRepository();
        var commits = repo.Linear(2);
        repo.Repository.Tags.Add("v2.0.1", commits[0]);
        using var graph = GitCommitGraph.Open(repo.Path);

        var error = Assert.Throws<UsageException>(() => graph.Resolve("2.0"));

        Assert.Contains("Unknown revision '2.0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("v2.0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_repository_is_a_usage_error()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<UsageException>(() => GitCommitGraph.Open(folder.Path));

        Assert.Contains("not a git repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_range_follows_first_parents_oldest_first_and_excludes_good()
    {
        using var repo = new GitTestRepository();
        var main = repo.Linear(3, "main");
        repo.Branch("side", main[2]);
        var more = repo.Linear(2, "main-after");
        repo.CheckoutBranch("side");
        repo.Linear(3, "side", "side.txt");
        repo.CheckoutBranch("master");
        var merge = repo.Merge("side", "merge side");
        using var graph = GitCommitGraph.Open(repo.Path);

        var range = graph.FirstParentRange(main[0].Sha, merge.Sha);

        Assert.Equal([main[1].Sha, main[2].Sha, more[0].Sha, more[1].Sha, merge.Sha], range.Select(c => c.Sha));
        Assert.True(range[^1].IsMerge);
    }

    [Fact]
    public void Ancestry_and_merge_base_of_diverged_revisions()
    {
        using var repo = new GitTestRepository();
        var trunk = repo.Linear(2, "trunk");
        repo.Branch("other", trunk[1]);
        var ahead = repo.Linear(2, "ahead");
        repo.CheckoutBranch("other");
        var other = repo.Linear(1, "other");
        using var graph = GitCommitGraph.Open(repo.Path);

        Assert.True(graph.IsAncestor(trunk[0].Sha, ahead[1].Sha));
        Assert.False(graph.IsAncestor(other[0].Sha, ahead[1].Sha));
        Assert.Equal(trunk[1].Sha, graph.MergeBase(other[0].Sha, ahead[1].Sha)!.Sha);
    }
}
