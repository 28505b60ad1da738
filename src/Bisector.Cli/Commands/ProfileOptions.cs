using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector profile</c> takes: the revision, the one to hold it against (default: its parent), and the shared options.</summary>
internal sealed record ProfileOptions(string Revision, string? Versus, HostOptions Host)
{
    public string Reproduce => "bisector profile " + HostArguments.Join([Revision, .. Versus is null ? Array.Empty<string>() : ["--vs", Versus], .. HostArguments.Of(Host)]);
}
