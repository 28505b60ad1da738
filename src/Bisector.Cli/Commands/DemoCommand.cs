using Bisector.Cli.Hosting;
using Bisector.Git.Samples;

namespace Bisector.Cli.Commands;

/// <summary>
/// <c>bisector demo</c>: creates the minivm sample repository (deterministic history, one known regression)
/// under the work dir, then bisects v1.0..main with the built-in sample config.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> ExecuteAsync(string? workDir, string? reportDir, string? benchmark, string verbosity, TextWriter output, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(workDir ?? WorkDirectory.DefaultForDemo());
        var repository = Path.Combine(root, "sample-repo");
        if (!LibGit2Sharp.Repository.IsValid(repository))
        {
            if (Directory.Exists(repository))
            {
                Directory.Delete(repository, recursive: true);
            }

            output.WriteLine($"Creating the minivm sample repository in {repository}");
            SampleRepository.Create(repository);
        }
        else
        {
            output.WriteLine($"Using the minivm sample repository in {repository}");
        }

        var options = new RunOptions(
            Good: "v1.0",
            Bad: "main",
            Repo: repository,
            Config: ConfigLocator.BuiltIn("sample-minivm.json"),
            Benchmark: benchmark,
            WorkDir: root,
            ReportDir: reportDir,
            MaxSamples: null,
            ThresholdPercent: null,
            Verbosity: verbosity);
        return await RunCommand.ExecuteAsync(options, output, cancellationToken).ConfigureAwait(false);
    }
}
