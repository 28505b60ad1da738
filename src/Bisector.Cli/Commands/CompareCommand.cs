using Bisector.Cli.Hosting;
using Bisector.Cli.Workflows;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector compare A B</c>: measure two revisions with the statistics of run, count their instructions, explain the difference (<see cref="CompareWorkflow"/>).</summary>
internal static class CompareCommand
{
    /// <summary>Both revisions are resolved once, before anything is written.</summary>
    public static Task<int> ExecuteAsync(CompareOptions options, TextWriter output, CancellationToken cancellationToken) =>
        CliHost.RunAsync(
            options.Host,
            options.Reproduce,
            output,
            graph => (Baseline: graph.Resolve(options.Baseline), Candidate: graph.Resolve(options.Candidate)),
            (host, pair) => CompareWorkflow.CompareAsync(host, options, pair.Baseline, pair.Candidate, cancellationToken),
            cancellationToken);
}
