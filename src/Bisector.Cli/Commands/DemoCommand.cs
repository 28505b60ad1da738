using Bisector.Cli.Hosting;
using Bisector.Core.Domain;
using Bisector.Git.Samples;
using Bisector.Reporting.Text;

namespace Bisector.Cli.Commands;

/// <summary>
/// <c>bisector demo</c>: creates the minivm sample repository (deterministic history, one known regression), then bisects
/// v1.0..main with the built-in sample config. Without <c>--work-dir</c> the repository goes to a fixed place and the
/// demo uses the work dir any <c>bisector run --repo</c> on it uses, so such a run reuses the demo's builds and samples;
/// with <c>--work-dir</c>, the repository goes in that folder too.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> ExecuteAsync(string? workDir, string? reportDir, string? benchmark, string verbosity, bool explain, TextWriter output, CancellationToken cancellationToken)
    {
        var root = workDir is null ? null : Path.GetFullPath(workDir);
        var repository = root is null ? WorkDirectory.DemoRepository() : Path.Combine(root, "sample-repo");
        if (IsComplete(repository))
        {
            output.WriteLine($"Using the minivm sample repository in {repository}");
        }
        else
        {
            output.WriteLine($"Creating the minivm sample repository in {repository}");
            try
            {
                CreateSampleRepository(repository);
            }
            catch (UsageException ex)
            {
                return await CliHost.RefuseAsync(UsageText.Describe(ex)).ConfigureAwait(false);
            }
            catch (Exception ex) when (WriteFailure.Describe(ex, Path.GetDirectoryName(repository)!, null) is { } problem)
            {
                return await CliHost.RefuseAsync(problem).ConfigureAwait(false);
            }
        }

        // Without --work-dir, the host picks the repository's default work dir, as a later run on it does.
        var options = new RunOptions(
            Good: "v1.0",
            Bad: "main",
            Host: new HostOptions(repository, ConfigLocator.BuiltIn("sample-minivm.json"), benchmark, root, reportDir, verbosity) { RevertCheck = true })
        {
            Explain = explain,
        };
        return await RunCommand.ExecuteAsync(options, output, cancellationToken).ConfigureAwait(false);
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
