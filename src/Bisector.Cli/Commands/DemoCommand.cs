using Bisector.Cli.Hosting;
using Bisector.Cli.Workflows;

namespace Bisector.Cli.Commands;

/// <summary>
/// <c>bisector demo</c>: creates the minivm sample repository (<see cref="DemoRepository"/>), then bisects v1.0..main
/// with the built-in sample config. Without <c>--work-dir</c> the repository goes to a fixed place and the demo uses
/// the work dir any <c>bisector run --repo</c> on it uses, so such a run reuses the demo's builds and samples; with
/// <c>--work-dir</c>, the repository goes in that folder too.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> ExecuteAsync(DemoOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var root = options.WorkDir is null ? null : Path.GetFullPath(options.WorkDir);
        var repository = root is null ? WorkDirectory.DemoRepository() : Path.Combine(root, "sample-repo");
        if (await CliHost.RefusedBeforeOpeningAsync(() => DemoRepository.Ensure(repository, output), Path.GetDirectoryName(repository)!).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        // Without --work-dir, the host picks the repository's default work dir, as a later run on it does.
        var host = new HostOptions(repository, ConfigLocator.BuiltIn("sample-minivm.json"), options.Benchmark, root, options.ReportDir, options.Verbosity) { RevertCheck = options.RevertCheck };
        return await RunCommand.ExecuteAsync(new RunOptions("v1.0", "main", host) { Explain = options.Explain, Map = options.Map }, output, cancellationToken).ConfigureAwait(false);
    }
}
