using LibGit2Sharp;

namespace Bisector.Testing;

/// <summary>
/// A real git repository in a temp folder with fixed author and committer dates, so histories and SHAs are the
/// same on every run. Commits are written through the working tree and index, as a user would.
/// </summary>
public sealed class GitTestRepository : IDisposable
{
    private static readonly DateTimeOffset s_epoch = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new("bisector-git");
    private int _commits;

    public GitTestRepository()
    {
        Repository.Init(_directory.Path);
        Repository = new Repository(_directory.Path);
    }

    public string Path => _directory.Path;

    public Repository Repository { get; }

    public Commit Commit(string subject, IReadOnlyDictionary<string, string>? files = null)
    {
        foreach (var (path, content) in files ?? new Dictionary<string, string> { ["log.txt"] = $"{subject}\n" })
        {
            var full = System.IO.Path.Combine(Path, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
            Commands.Stage(Repository, path);
        }

        var signature = NextSignature();
        return Repository.Commit(subject, signature, signature, new CommitOptions { AllowEmptyCommit = true });
    }

    /// <summary>Makes <paramref name="count"/> commits; <paramref name="file"/> holds each commit's number.</summary>
    public IReadOnlyList<Commit> Linear(int count, string prefix = "change", string file = "value.txt")
    {
        var commits = new List<Commit>();
        for (var i = 0; i < count; i++)
        {
            commits.Add(Commit($"{prefix} {i}", new Dictionary<string, string> { [file] = $"{prefix} {i}\n" }));
        }

        return commits;
    }

    public Branch Branch(string name, Commit at) => Repository.Branches.Add(name, at);

    public void CheckoutBranch(string name) => Commands.Checkout(Repository, name, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });

    public Commit Merge(string branch, string subject)
    {
        var signature = NextSignature();
        var result = Repository.Merge(Repository.Branches[branch], signature, new MergeOptions { FastForwardStrategy = FastForwardStrategy.NoFastForward, CommitOnSuccess = true });
        return result.Commit ?? throw new InvalidOperationException($"Merging {branch} made no commit ({result.Status}: {subject}).");
    }

    /// <summary>Everything a run must not change: refs, worktrees, HEAD, status and the index.</summary>
    public string Fingerprint() => RepositoryFingerprint.Of(Path);

    public void Dispose()
    {
        Repository.Dispose();
        _directory.Dispose();
    }

    private Signature NextSignature() => new("Test Author", "author@example.org", s_epoch.AddMinutes(_commits++));
}
