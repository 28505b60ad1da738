using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using LibGit2Sharp;

namespace Bisector.Git.History;

/// <summary>The user's repository, opened read-only: LibGit2Sharp stays behind this type.</summary>
public sealed partial class GitCommitGraph : ICommitGraph, IDisposable
{
    private readonly Repository _repository;

    private GitCommitGraph(Repository repository, string gitDirectory)
    {
        _repository = repository;
        GitDirectory = gitDirectory;
        RootDirectory = Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? gitDirectory);
    }

    /// <summary>The working tree's root, or the .git folder of a bare repository.</summary>
    public string RootDirectory { get; }

    /// <summary>The repository's .git folder (absolute).</summary>
    public string GitDirectory { get; }

    public string ObjectsDirectory => Path.Combine(GitDirectory, "objects");

    public static GitCommitGraph Open(string path)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new UsageException($"--repo {path}: the folder does not exist.");
        }

        var gitDirectory = Repository.Discover(full);
        if (gitDirectory is null)
        {
            throw new UsageException($"--repo {path}: not a git repository (no .git found here or above). Point --repo at a clone.");
        }

        try
        {
            var repository = new Repository(gitDirectory);
            return new GitCommitGraph(repository, Path.GetFullPath(repository.Info.Path));
        }
        catch (LibGit2SharpException ex) when (ex.Message.Contains("owner", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--repo {path}: the repository is owned by another user and git refuses it (\"dubious ownership\"). Run as its owner, or add it with: git config --global --add safe.directory {full}");
        }
        catch (LibGit2SharpException ex)
        {
            throw new UsageException($"--repo {path}: cannot open the repository: {ex.Message}");
        }
    }

    public CommitInfo Lookup(string sha) =>
        ToInfo(_repository.Lookup<Commit>(sha) ?? throw new InvalidOperationException($"Commit {sha} is not in {GitDirectory}."));

    public bool IsAncestor(string ancestorSha, string descendantSha)
    {
        var ancestor = _repository.Lookup<Commit>(ancestorSha);
        var descendant = _repository.Lookup<Commit>(descendantSha);
        return _repository.ObjectDatabase.FindMergeBase(ancestor, descendant)?.Sha == ancestor.Sha;
    }

    public CommitInfo? MergeBase(string sha1, string sha2)
    {
        var mergeBase = _repository.ObjectDatabase.FindMergeBase(_repository.Lookup<Commit>(sha1), _repository.Lookup<Commit>(sha2));
        return mergeBase is null ? null : ToInfo(mergeBase);
    }

    public IReadOnlyList<CommitInfo> FirstParentRange(string goodSha, string badSha)
    {
        var filter = new CommitFilter
        {
            IncludeReachableFrom = badSha,
            ExcludeReachableFrom = goodSha,
            FirstParentOnly = true,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
        };
        return _repository.Commits.QueryBy(filter).Select(ToInfo).ToArray();
    }

    /// <summary>Does this file or folder exist in the commit's tree?</summary>
    public bool PathExists(string sha, string path) => _repository.Lookup<Commit>(sha)?.Tree[path] is not null;

    public void Dispose() => _repository.Dispose();

    internal static CommitInfo ToInfo(Commit commit) => new(
        commit.Sha,
        commit.MessageShort,
        $"{commit.Author.Name} <{commit.Author.Email}>",
        commit.Author.When,
        commit.Parents.Select(p => p.Sha).ToArray());
}
