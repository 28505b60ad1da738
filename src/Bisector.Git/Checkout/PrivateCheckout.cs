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

    /// <summary>
    /// Opens the checkout in <paramref name="directory"/>, creating it when missing. Nothing in it names its own
    /// folder, so a moved or copied work dir opens as it was; two runs opening it at once see one repository.
    /// </summary>
    /// <param name="moreObjects">Other object folders to borrow, such as the <see cref="Revert.RevertStore"/>'s.</param>
    public static PrivateCheckout Open(string userObjectsDirectory, string directory, params string[] moreObjects)
    {
        var full = Path.GetFullPath(directory);
        if (!Repository.IsValid(full))
        {
            Create(full);
        }

        ObjectAlternates.Point(Path.Combine(full, ".git", "objects"), [Path.GetFullPath(userObjectsDirectory), .. moreObjects.Select(Path.GetFullPath)]);
        return new PrivateCheckout(new Repository(full), full);
    }

    /// <summary>Initialises the repository beside its final folder and renames it into place, unless another run did first.</summary>
    private static void Create(string full)
    {
        if (System.IO.Directory.Exists(full) && System.IO.Directory.EnumerateFileSystemEntries(full).Any())
        {
            // Files but no repository (made by hand, or by an older version): the repository is made among them.
            Repository.Init(full);
            return;
        }

        var staging = $"{full}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            Repository.Init(staging);
            if (System.IO.Directory.Exists(full))
            {
                System.IO.Directory.Delete(full);
            }

            System.IO.Directory.Move(staging, full);
        }
        catch (IOException) when (Repository.IsValid(full))
        {
            // Another run created it meanwhile: use that one.
        }
        finally
        {
            if (System.IO.Directory.Exists(staging))
            {
                System.IO.Directory.Delete(staging, recursive: true);
            }
        }
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
