using Bisector.Core.Domain;
using Bisector.Core.Findings;
using Bisector.Core.Session;
using Bisector.Simulation;
using Bisector.Core.Statistics;
using Bisector.Git.History;
using Bisector.Testing;
using LibGit2Sharp;

namespace Bisector.Git.Tests.History;

/// <summary>
/// The session on a real git history with a merged branch: git decides ancestry and ranges; the measurement is a
/// function of which commits a build contains (no compiler needed to know what is slow).
/// </summary>
public sealed class MergeDescentTests : IDisposable
{
    private readonly GitTestRepository _repo = new();
    private readonly Dictionary<string, Commit> _named = new(StringComparer.Ordinal);

    public MergeDescentTests()
    {
        _named["c0"] = _repo.Commit("c0", new Dictionary<string, string> { ["main.txt"] = "0\n" });
        _repo.Repository.ApplyTag("good");
        Name(_repo.Linear(4, "main", "main.txt"), "m");
        _repo.Branch("feature", _named["m3"]);
        _repo.CheckoutBranch("feature");
        Name(_repo.Linear(8, "feature", "feature.txt"), "f");
        _repo.CheckoutBranch("master");
        Name(_repo.Linear(4, "later", "main.txt"), "l");
        _named["merge"] = _repo.Merge("feature", "Merge feature");
        Name(_repo.Linear(5, "after", "main.txt"), "a");
    }

    private void Name(IReadOnlyList<Commit> commits, string prefix)
    {
        for (var i = 0; i < commits.Count; i++)
        {
            _named[$"{prefix}{i}"] = commits[i];
        }
    }

    private async Task<BisectResult> BisectAsync(Func<GitCommitGraph, string, bool> slow)
    {
        using var graph = GitCommitGraph.Open(_repo.Path);
        var runner = new SyntheticRunner((sha, random) => (slow(graph, sha) ? 120 : 100) * (1 + (0.01 * Gaussian.Next(random))), seed: 7);
        var session = new BisectSession(graph, new SyntheticBuilder(new HashSet<string>()), runner, new InMemoryJournal(), new VerdictEngine(StatisticsOptions.Default), SilentObserver.Instance);
        return await session.RunAsync(new BisectRequest("good", _repo.Repository.Head.FriendlyName, "b", "output", "ns"), CancellationToken.None);
    }

    private bool Contains(GitCommitGraph graph, string sha, string name) => graph.IsAncestor(_named[name].Sha, sha);

    [Fact]
    public async Task A_culprit_on_a_merged_branch_is_found_by_descending_into_the_merge()
    {
        var result = await BisectAsync((graph, sha) => Contains(graph, sha, "f5"));

        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        Assert.Equal(_named["f5"].Sha, result.Culprit!.Sha);
        Assert.Equal(_named["f4"].Sha, result.Verification!.ParentSha);
        Assert.Contains(result.Steps, s => s.Role == StepRole.BranchGood && s.Commit.Sha == _named["m3"].Sha);
        Assert.Contains(result.Steps, s => s.Role == StepRole.BranchBad && s.Commit.Sha == _named["f7"].Sha && s.Verdict == Verdict.Bad);
        Assert.Contains(result.Notes, n => n is FoundOnMergedBranch found && found.Merge.Sha == _named["merge"].Sha);
    }

    [Fact]
    public async Task A_slowdown_that_needs_both_sides_of_the_merge_names_the_merge()
    {
        var result = await BisectAsync((graph, sha) => Contains(graph, sha, "f5") && Contains(graph, sha, "l2"));

        Assert.Equal(BisectStatus.CulpritFound, result.Status);
        Assert.Equal(_named["merge"].Sha, result.Culprit!.Sha);
        Assert.Contains(result.Notes, n => n is MergeItselfSlower slower && slower.Merge.Sha == _named["merge"].Sha);
    }

    [Fact]
    public async Task A_culprit_on_the_main_line_is_not_looked_for_on_a_branch()
    {
        var result = await BisectAsync((graph, sha) => Contains(graph, sha, "a2"));

        Assert.Equal(_named["a2"].Sha, result.Culprit!.Sha);
        Assert.DoesNotContain(result.Steps, s => s.Role is StepRole.BranchGood or StepRole.BranchBad);
    }

    public void Dispose() => _repo.Dispose();
}
