using Bisector.Core.Abstractions;
using LibGit2Sharp;

namespace Bisector.Git.Checkout;

/// <summary>
/// A repository of our own under the work dir that borrows the user's objects through
/// <c>objects/info/alternates</c> (like <c>git clone --shared</c>): nothing is copied, and the user's
/// refs, index, worktree list and working tree are never written.
/// </summary>
public sealed class PrivateCheckout : ICheckout, IDisposable
{
    private readonly Repository _repository;

    private PrivateCheckout(Repository repository, string directory)
    {
        _repository = repository;
        Directory = directory;
    }

    public string Directory { get; }

    public string? CurrentSha => _repository.Info.IsHeadUnborn ? null : _repository.Head.Tip?.Sha;

    public static PrivateCheckout Open(string userObjectsDirectory, string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!Repository.IsValid(full))
        {
            System.IO.Directory.CreateDirectory(full);
            Repository.Init(full);
        }

        var alternates = Path.Combine(full, ".git", "objects", "info", "alternates");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(alternates)!);
        File.WriteAllText(alternates, Path.GetFullPath(userObjectsDirectory) + "\n");
        return new PrivateCheckout(new Repository(full), full);
    }

    public void Checkout(string sha)
    {
        var commit = _repository.Lookup<Commit>(sha)
            ?? throw new InvalidOperationException($"Commit {sha} is not reachable from the private checkout in {Directory}.");
        Commands.Checkout(_repository, commit, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
    }

    public IReadOnlyList<string> ChangedPaths(string fromSha, string toSha)
    {
        var from = _repository.Lookup<Commit>(fromSha);
        var to = _repository.Lookup<Commit>(toSha);
        using var changes = _repository.Diff.Compare<TreeChanges>(from.Tree, to.Tree);
        return changes.Select(c => c.Path).ToArray();
    }

    public void Dispose() => _repository.Dispose();
}
