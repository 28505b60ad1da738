using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector profile</c> takes: the revision, the one to hold it against (default: its parent), and the shared options.</summary>
internal sealed record ProfileOptions(string Revision, string? Versus, HostOptions Host)
{
    /// <summary>The later revision to undo <see cref="Revision"/> on top of and measure against (--revert-at); null for none.</summary>
    public string? RevertAt { get; init; }

    public string Reproduce => "bisector profile " + HostArguments.Join(
        [Revision, .. Versus is null ? Array.Empty<string>() : ["--vs", Versus], .. RevertAt is null ? Array.Empty<string>() : ["--revert-at", RevertAt], .. HostArguments.Of(Host)]);
}
