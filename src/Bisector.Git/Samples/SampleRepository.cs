using LibGit2Sharp;

namespace Bisector.Git.Samples;

/// <summary>
/// Creates the minivm sample repository: 63 commits on main with fixed authors and dates (so the SHAs are
/// the same on every machine), a merged side branch, one commit that does not compile (fixed by the
/// next), and exactly one commit that makes add_local slower. Tags: <c>v1.0</c> (annotated, the first
/// commit) and <c>v1.1</c> (lightweight, before the regression).
/// </summary>
public static partial class SampleRepository
{
    public const string RegressionSubject = "Move the eval breaker into the interpreter state";
    public const string BrokenSubject = "main: reject loop counts above the limit";

    private static readonly DateTimeOffset s_epoch = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string Name, string Email)[] s_authors =
    [
        ("Ada Lovelace", "ada@minivm.example"),
        ("Grace Hopper", "grace@minivm.example"),
        ("Dennis Ritchie", "dmr@minivm.example"),
        ("Barbara Liskov", "liskov@minivm.example"),
    ];

    public static void Create(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new Core.Domain.UsageException($"{directory} is not empty: give a new or empty folder for the sample repository.");
        }

        Directory.CreateDirectory(full);
        Repository.Init(full);
        using var repository = new Repository(full);
        var writer = new HistoryWriter(repository);
        WriteHistory(writer);
        repository.Refs.UpdateTarget("HEAD", "refs/heads/main");
        Commands.Checkout(repository, "main", new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
    }

    private sealed class HistoryWriter(Repository repository)
    {
        private int _count;

        public Commit Commit(string subject, IReadOnlyDictionary<string, string> files, params Commit[] parents)
        {
            var tree = new TreeDefinition();
            foreach (var (path, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var blob = repository.ObjectDatabase.CreateBlob(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)));
                tree.Add(path, blob, path.EndsWith(".sh", StringComparison.Ordinal) ? Mode.ExecutableFile : Mode.NonExecutableFile);
            }

            var signature = Signature(_count++);
            return repository.ObjectDatabase.CreateCommit(
                signature, signature, subject + "\n", repository.ObjectDatabase.CreateTree(tree), parents, prettifyMessage: false);
        }

        public void Branch(string name, Commit tip) => repository.Refs.Add($"refs/heads/{name}", tip.Id, allowOverwrite: true);

        public void AnnotatedTag(string name, Commit target, string message) =>
            repository.Tags.Add(name, target, Signature(0), message);

        public void LightweightTag(string name, Commit target) => repository.Tags.Add(name, target);

        private static Signature Signature(int index)
        {
            var (name, email) = s_authors[index % s_authors.Length];
            return new Signature(name, email, s_epoch.AddHours(3 * index));
        }
    }
}
