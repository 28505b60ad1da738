using Bisector.Core.Explain;
using LibGit2Sharp;

namespace Bisector.Git.History;

public sealed partial class GitCommitGraph
{
    /// <summary>Lines of context around each change, as git diff shows by default.</summary>
    private const int DiffContext = 3;

    public CommitDetails Describe(string sha, string parentSha)
    {
        var commit = _repository.Lookup<Commit>(sha) ?? throw new InvalidOperationException($"Commit {sha} is not in {GitDirectory}.");
        var parent = _repository.Lookup<Commit>(parentSha) ?? throw new InvalidOperationException($"Commit {parentSha} is not in {GitDirectory}.");
        var patch = _repository.Diff.Compare<Patch>(parent.Tree, commit.Tree, new CompareOptions { ContextLines = DiffContext, Similarity = SimilarityOptions.Renames });
        var files = patch.Select(p => new FileChange(p.Path, p.LinesAdded, p.LinesDeleted)).ToArray();
        return new CommitDetails(commit.Sha, parent.Sha, commit.Message.TrimEnd(), files, patch.Content);
    }

    public ISourceFiles Sources(string sha) =>
        new CommitSourceFiles(_repository.Lookup<Commit>(sha) ?? throw new InvalidOperationException($"Commit {sha} is not in {GitDirectory}."));
}
