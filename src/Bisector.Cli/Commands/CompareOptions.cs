using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector compare</c> takes: two revisions and the shared options.</summary>
internal sealed record CompareOptions(string Baseline, string Candidate, HostOptions Host)
{
    /// <summary>Profile both and compare their machine code after measuring (off with --no-explain).</summary>
    public bool Explain { get; init; } = true;

    public string Reproduce => "bisector compare " + HostArguments.Join([Baseline, Candidate, .. HostArguments.Of(Host), .. Explain ? Array.Empty<string>() : ["--no-explain"]]);
}
