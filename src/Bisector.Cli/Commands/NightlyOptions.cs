using System.Globalization;
using Bisector.Cli.Hosting;

namespace Bisector.Cli.Commands;

/// <summary>What <c>bisector nightly</c> takes.</summary>
/// <param name="Branch">The branch whose first-parent line is measured.</param>
/// <param name="Benchmarks">Benchmarks of the config to measure (empty: all of them).</param>
/// <param name="Database">The history database (default: history.db in the work dir).</param>
internal sealed record NightlyOptions(string Branch, IReadOnlyList<string> Benchmarks, string? Database, HostOptions Host)
{
    public const int DefaultMaxCommits = 20;
    public const int DefaultFirstNightCommits = 10;

    /// <summary>Where the first night starts (default: the branch's last <see cref="DefaultFirstNightCommits"/> commits).</summary>
    public string? Since { get; init; }

    /// <summary>Most commits measured a night; more are sampled evenly and the gaps filled on later nights.</summary>
    public int MaxCommits { get; init; } = DefaultMaxCommits;

    /// <summary>Samples per commit (default: 3 for callgrind's repeatable counts, 5 otherwise).</summary>
    public int? Samples { get; init; }

    /// <summary>Profile each culprit against its parent (off with --no-explain).</summary>
    public bool Explain { get; init; } = true;

    /// <summary>How long to wait for another nightly job on the same database to end.</summary>
    public TimeSpan WaitForLock { get; init; }

    public string Reproduce => "bisector nightly " + HostArguments.Join(
    [
        "--branch", Branch,
        .. Benchmarks.SelectMany(b => new[] { "--benchmark", b }),
        .. Database is { } db ? ["--db", Path.GetFullPath(db)] : Array.Empty<string>(),
        .. HostArguments.Of(Host with { Benchmark = null }),
        .. Since is { } since ? ["--since", since] : Array.Empty<string>(),
        .. MaxCommits != DefaultMaxCommits ? ["--max-commits", MaxCommits.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
        .. Samples is { } samples ? ["--samples", samples.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
        .. Explain ? Array.Empty<string>() : ["--no-explain"],
    ]);
}
