using Bisector.Git.Samples;
using Bisector.Testing;
using LibGit2Sharp;

namespace Bisector.Cli.Tests;

/// <summary>
/// One sample repository for a test class, and its culprit as known by construction: the only first-parent
/// commit that changes the DISPATCH macros to reach the eval breaker through the thread state.
/// </summary>
public sealed class SampleRepositoryFixture : IDisposable
{
    private readonly TempDirectory _folder = new("bisector-sample");

    public SampleRepositoryFixture()
    {
        SampleRepository.Create(Path);
        using var repository = new Repository(Path);
        var mainLine = repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = "main", FirstParentOnly = true });
        CulpritSha = mainLine.Single(c =>
            c.Parents.Any() &&
            ((Blob)c["ceval_macros.h"].Target).GetContentText().Contains("threadstate_get", StringComparison.Ordinal) &&
            !((Blob)c.Parents.First()["ceval_macros.h"].Target).GetContentText().Contains("threadstate_get", StringComparison.Ordinal)).Sha;
    }

    public string Path => _folder.Combine("repo");

    public string CulpritSha { get; }

    public string Fingerprint() => RepositoryFingerprint.Of(Path);

    public void Dispose() => _folder.Dispose();
}
