using Bisector.Cli.Hosting;
using Bisector.Cli.Workflows;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector profile REV [--vs REV]</c>: the profiles and the machine-code comparison alone, for a commit already suspected (<see cref="ProfileWorkflow"/>).</summary>
internal static class ProfileCommand
{
    /// <summary>The revision and the one it is held against are resolved once, before anything is written.</summary>
    public static Task<int> ExecuteAsync(ProfileOptions options, TextWriter output, CancellationToken cancellationToken) =>
        CliHost.RunAsync(
            options.Host,
            options.Reproduce,
            output,
            graph => ProfilePair.Resolve(graph, options),
            (host, pair) => ProfileWorkflow.ProfileAsync(host, options, pair, cancellationToken),
            cancellationToken);
}
