using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector run</c> takes: the range, the shared options, and whether to only plan.</summary>
internal sealed record RunOptions(string Good, string Bad, HostOptions Host, bool DryRun = false)
{
    /// <summary>Profile the culprit and its parent after the search (off with --no-explain).</summary>
    public bool Explain { get; init; } = true;

    /// <summary>When time shows no slowdown but the instruction count rose, go on to bisect by instructions (--also-instructions).</summary>
    public bool AlsoInstructions { get; init; }

    /// <summary>After the search, map every step of the range: on a metric that repeats exactly always, on a time where the search leaves part of the change unexplained (off with --no-map).</summary>
    public bool Map { get; init; } = true;

    /// <summary>Code layouts the endpoints and the culprit's re-check are measured over (--layouts); null or 1 for the default builds alone.</summary>
    public int? Layouts { get; init; }

    /// <summary>Commits probed inside each segment of the step map whose ends agree (--probes); null for about log2 of its length.</summary>
    public int? Probes { get; init; }

    /// <summary>The command line that repeats this run, for the report.</summary>
    public string Reproduce => "bisector run " + HostArguments.Join(
    [
        "--good", Good, "--bad", Bad, .. HostArguments.Of(Host), .. AlsoInstructions ? ["--also-instructions"] : Array.Empty<string>(),
        .. Explain ? Array.Empty<string>() : ["--no-explain"], .. Map ? Array.Empty<string>() : ["--no-map"], .. Host.RevertCheck ? Array.Empty<string>() : ["--no-revert-check"], .. Probes is { } probes ? ["--probes", probes.ToString(System.Globalization.CultureInfo.InvariantCulture)] : Array.Empty<string>(),
        .. Layouts is { } layouts ? ["--layouts", layouts.ToString(System.Globalization.CultureInfo.InvariantCulture)] : Array.Empty<string>(),
    ]);
}
