using Bisector.Cli.Hosting;
using Bisector.Cli.Workflows;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector history</c>: a benchmark's history from the nightly database, with its steps, on the terminal and as HTML (<see cref="HistoryWorkflow"/>).</summary>
internal static class HistoryCommand
{
    public static Task<int> ExecuteAsync(HistoryOptions options, TextWriter output, CancellationToken cancellationToken) =>
        CliHost.RunAsync(options.Host, options.Reproduce, output, host => HistoryWorkflow.ShowAsync(host, options), cancellationToken);
}
