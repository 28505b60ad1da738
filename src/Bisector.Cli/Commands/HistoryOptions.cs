using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector history</c> takes: which histories, the database, and where the HTML goes.</summary>
internal sealed record HistoryOptions(string? Branch, string? Database, string? Output, HostOptions Host)
{
    /// <summary>A step (its #number) a person has seen and accepts: marked acknowledged in the database.</summary>
    public long? Acknowledge { get; init; }

    public string Reproduce => "bisector history " + HostArguments.Join(
    [
        .. Branch is { } branch ? ["--branch", branch] : Array.Empty<string>(),
        .. Host.Benchmark is { } benchmark ? ["--benchmark", benchmark] : Array.Empty<string>(),
        .. Database is { } db ? ["--db", Path.GetFullPath(db)] : Array.Empty<string>(),
        "--repo", Path.GetFullPath(Host.Repo),
    ]);
}
