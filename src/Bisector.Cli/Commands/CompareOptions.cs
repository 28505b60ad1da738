using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector compare</c> takes: two revisions and the shared options.</summary>
internal sealed record CompareOptions(string Baseline, string Candidate, HostOptions Host)
{
    /// <summary>Profile both and compare their machine code after measuring (off with --no-explain).</summary>
    public bool Explain { get; init; } = true;

    /// <summary>Code layouts each side is measured in (--layouts); null or 1 measures the default builds alone.</summary>
    public int? Layouts { get; init; }

    public string Reproduce => "bisector compare " + HostArguments.Join(
    [
        Baseline, Candidate, .. HostArguments.Of(Host), .. Explain ? Array.Empty<string>() : ["--no-explain"],
        .. Layouts is { } k ? ["--layouts", k.ToString(System.Globalization.CultureInfo.InvariantCulture)] : Array.Empty<string>(),
    ]);
}
