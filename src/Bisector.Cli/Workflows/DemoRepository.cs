using Bisector.Cli.Hosting;
using Bisector.Git.Samples;

namespace Bisector.Cli.Workflows;

/// <summary>
/// The minivm sample repository the demo bisects (deterministic history, one known regression), created once in its
/// place and reused by every later demo and by any <c>bisector run --repo</c> on it.
/// </summary>
internal static class DemoRepository
{
    /// <summary>Uses the sample in <paramref name="repository"/>, creating it first when it is missing or incomplete, and says which.</summary>
    public static void Ensure(string repository, TextWriter output)
    {
        if (IsComplete(repository))
        {
            output.WriteLine($"Using the minivm sample repository in {repository}");
            return;
        }

        output.WriteLine($"Creating the minivm sample repository in {repository}");
        CreateSampleRepository(repository);
    }

    /// <summary>
    /// Writes the sample in a folder of its own and renames it into place, so a run already bisecting the sample
    /// never sees it vanish or half-written. When another run put one there first, that one is used; only an
    /// incomplete one (left by an older version) is replaced.
    /// </summary>
    private static void CreateSampleRepository(string repository)
    {
        var parent = Path.GetDirectoryName(repository)!;
        var name = Path.GetFileName(repository);
        WriteFailure.CreateDirectory(parent, "--work-dir");
        var staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            SampleRepository.Create(staging);
            if (Directory.Exists(repository) && !IsComplete(repository))
            {
                var aside = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
                Directory.Move(repository, aside);
                Directory.Delete(aside, recursive: true);
            }

            Directory.Move(staging, repository);
        }
        catch (IOException) when (IsComplete(repository))
        {
            // Another run created it meanwhile: the same history, so the same commits.
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static bool IsComplete(string repository)
    {
        if (!LibGit2Sharp.Repository.IsValid(repository))
        {
            return false;
        }

        using var opened = new LibGit2Sharp.Repository(repository);
        return opened.Branches["main"] is not null && opened.Tags["v1.0"] is not null;
    }
}
