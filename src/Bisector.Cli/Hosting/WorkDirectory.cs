using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bisector.Execution.Benchmarks;
using Bisector.Execution.Building;

namespace Bisector.Cli.Hosting;

/// <summary>
/// Where a run keeps its state. Defaults to the user's cache folder, one sub-folder per repository, so the
/// user's checkout is never written and re-runs find their builds and samples.
/// </summary>
internal sealed class WorkDirectory(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Checkout(string configName) => Path.Combine(Root, "checkouts", configName);

    /// <summary>The config's private checkout number <paramref name="index"/>: 0 is the one every run uses, the others build at the same time.</summary>
    public string Checkout(string configName, int index) => index == 0 ? Checkout(configName) : Path.Combine(Root, "checkouts", $"{configName}-{index + 1}");

    /// <summary>The scripts, outputs and exit codes of Slurm jobs: inside the work dir, which the nodes share.</summary>
    public string SlurmJobs => Path.Combine(Root, "slurm");

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string Scratch => Path.Combine(Root, "scratch");

    /// <summary>The samples taken under one measurement key: other builds or other ways of measuring get another file.</summary>
    public string Journal(MeasurementKey key) => Path.Combine(Root, "journal", key.JournalFileName);

    /// <summary>How long one sample of this benchmark took in earlier runs, for <c>--dry-run</c>'s estimate (an estimate: not keyed).</summary>
    public string Timing(string configName, string benchmark, string metric) => Path.Combine(Root, "journal", $"{configName}-{benchmark}-{metric}.timing.json");

    public string NewLogPath(DateTimeOffset now) => Path.Combine(Root, "logs", $"run-{Stamp(now)}.jsonl");

    public string NewReportDirectory(DateTimeOffset now, string benchmark) => Path.Combine(Root, "reports", $"{Stamp(now)}-{benchmark}");

    /// <summary>The nightly job's history database.</summary>
    public string History => Path.Combine(Root, "history.db");

    /// <summary>A night's folder: its own report and the reports of the regressions it bisected.</summary>
    public string NewNightDirectory(DateTimeOffset now, string branch) =>
        Path.Combine(Root, "nightly", $"{now.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture)}-{string.Concat(branch.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))}");

    public static string DefaultFor(string repositoryPath)
    {
        var full = Path.GetFullPath(repositoryPath).TrimEnd('/');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..8];
        return Path.Combine(CacheHome(), "bisector", $"{Path.GetFileName(full)}-{hash}");
    }

    /// <summary>One ccache for every work dir of the user, so a second bisection of a project (or the nightly job) starts warm.</summary>
    public static string SharedCcache() => Path.Combine(CacheHome(), "bisector", "ccache");

    /// <summary>Configure's caches, shared like the ccache; BISECTOR_CONFIGURE_CACHE wins, as CCACHE_DIR does for ccache.</summary>
    public static string SharedConfigureCache() =>
        Environment.GetEnvironmentVariable(ConfigureCache.DirectoryVariable) is { Length: > 0 } set ? set : Path.Combine(CacheHome(), "bisector", "configure");

    /// <summary>
    /// Where <c>bisector demo</c> keeps the sample repository when no work dir is given: a fixed place, so that the demo's
    /// work dir is the one <see cref="DefaultFor"/> gives a later <c>bisector run --repo</c> on it, which then reuses the
    /// demo's builds and samples.
    /// </summary>
    public static string DemoRepository() => Path.Combine(CacheHome(), "bisector", "samples", "minivm");

    private static string CacheHome()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        return string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
    }

    private static string Stamp(DateTimeOffset now) => now.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
}
