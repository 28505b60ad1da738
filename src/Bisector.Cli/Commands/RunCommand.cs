using Bisector.Cli.Hosting;
using Bisector.Cli.Workflows;
using Bisector.Core.Session;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector run</c>: bisect the range, explain the culprit, write the reports (<see cref="RunWorkflow"/>).</summary>
internal static class RunCommand
{
    /// <summary>The range is planned once, before anything is written: an empty or reversed one is a usage error in a run and a dry run alike.</summary>
    public static Task<int> ExecuteAsync(RunOptions options, TextWriter output, CancellationToken cancellationToken) =>
        CliHost.RunAsync(
            options.Host,
            options.Reproduce,
            output,
            graph => SearchRange.Plan(graph, options.Good, options.Bad),
            (host, range) => RunWorkflow.RunAsync(host, options, range, cancellationToken),
            cancellationToken);
}
