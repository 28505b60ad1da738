using Bisector.Cli.Hosting;
using Bisector.Cli.Workflows;

namespace Bisector.Cli.Commands;

/// <summary>
/// <c>bisector nightly</c>: measure the commits that arrived on a branch, keep every sample in the history database,
/// find the steps in each benchmark's history, bisect each new regression to its commit, tell people once (<see cref="NightlyWorkflow"/>).
/// </summary>
internal static class NightlyCommand
{
    /// <summary>The branch's head and --since are resolved once, before anything is written.</summary>
    public static Task<int> ExecuteAsync(NightlyOptions options, TextWriter output, CancellationToken cancellationToken) =>
        CliHost.RunAsync(
            options.Host,
            options.Reproduce,
            output,
            graph => (Head: graph.Resolve(options.Branch).Commit, Since: options.Since is { } rev ? graph.Resolve(rev).Commit : null),
            (host, revisions) => NightlyWorkflow.RunAsync(host, options, revisions.Head, revisions.Since, cancellationToken),
            cancellationToken);
}
