using Bisector.Git.Checkout;
using Bisector.Core.Domain;
using Bisector.Git.History;
using LibGit2Sharp;

namespace Bisector.Git.Revert;

/// <summary>
/// Commits that undo a culprit on top of a later commit ("does reverting A at main recover the change?"), made in a bare
/// repository of Bisector's own under the work dir that borrows the user's objects: the user's repository is never
/// written. Private checkouts borrow this store's objects too, so any of them builds such a commit like any other.
/// The commit is deterministic (its author, date and message come from the two commits), so its build is cached across runs.
/// </summary>
public sealed class RevertStore : IDisposable
{
    private readonly Repository _repository;

    private RevertStore(Repository repository, string objectsDirectory)
    {
        _repository = repository;
        ObjectsDirectory = objectsDirectory;
    }

    /// <summary>The store's object folder: what a private checkout borrows beside the user's.</summary>
    public string ObjectsDirectory { get; }

    /// <summary>Opens the store in <paramref name="directory"/>, creating it when missing, borrowing <paramref name="userObjectsDirectory"/>.</summary>
    public static RevertStore Open(string userObjectsDirectory, string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!Repository.IsValid(full))
        {
            Repository.Init(full, isBare: true);
        }

        var objects = Path.Combine(full, "objects");
        ObjectAlternates.Point(objects, [Path.GetFullPath(userObjectsDirectory)]);

        return new RevertStore(new Repository(full), objects);
    }

    /// <summary><paramref name="tipSha"/> with <paramref name="culpritSha"/>'s change undone, or the paths where undoing it conflicts.</summary>
    public RevertOutcome Revert(string tipSha, string culpritSha)
    {
        var tip = _repository.Lookup<Commit>(tipSha) ?? throw new InvalidOperationException($"Commit {tipSha} is not in the repository.");
        var culprit = _repository.Lookup<Commit>(culpritSha) ?? throw new InvalidOperationException($"Commit {culpritSha} is not in the repository.");
        var merged = _repository.ObjectDatabase.RevertCommit(culprit, tip, culprit.Parents.Count() > 1 ? 1 : 0, new MergeTreeOptions { FailOnConflict = false });
        if (merged.Status == MergeTreeStatus.Conflicts)
        {
            return new RevertOutcome(null, merged.Conflicts.Select(c => (c.Ours ?? c.Theirs ?? c.Ancestor).Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        }

        var signature = new Signature("Bisector", "bisector@localhost", tip.Committer.When);
        var message = $"Revert \"{culprit.MessageShort}\"\n\nThis undoes {culprit.Sha} on top of {tip.Sha}, to measure what it costs there.\n";
        var commit = _repository.ObjectDatabase.CreateCommit(signature, signature, message, merged.Tree, [tip], prettifyMessage: false);
        return new RevertOutcome(GitCommitGraph.ToInfo(commit), []);
    }

    public void Dispose() => _repository.Dispose();
}
