using Bisector.Configuration;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Git.History;

using Bisector.Reporting.Text;

namespace Bisector.Cli.Hosting;

/// <summary>Finds the config: the one given, or the one config in bisect-configs/ whose detect paths the bad commit has.</summary>
internal static class ConfigLocator
{
    /// <summary>The JSON schema of configs, beside them in bisect-configs/: not a config itself.</summary>
    public const string SchemaFileName = "schema.json";

    public static IReadOnlyList<string> SearchFolders() =>
        new[] { Path.Combine(Environment.CurrentDirectory, "bisect-configs"), Path.Combine(AppContext.BaseDirectory, "bisect-configs") }
            .Where(Directory.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    public static string BuiltIn(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "bisect-configs", name);
        return File.Exists(path) ? path : throw new InvalidOperationException($"The built-in config {path} is missing from the installation.");
    }

    /// <summary>A config of the search folders, or null with a one-line warning when it cannot be read: one broken config must not stop runs that another fits.</summary>
    private static BisectConfig? TryLoad(string path)
    {
        try
        {
            return ConfigLoader.Load(path);
        }
        catch (UsageException ex)
        {
            // Written at once: the log is set up only once the config, and so the work dir, is known.
            Console.Error.WriteLine($"bisector: warning: skipped a config that cannot be read: {UsageText.Describe(ex)}");
            return null;
        }
    }

    public static BisectConfig Locate(string? configPath, GitCommitGraph graph, string badSha)
    {
        if (configPath is not null)
        {
            return ConfigLoader.Load(configPath);
        }

        var folders = SearchFolders();
        // The current folder's configs come first whatever the two folders' paths sort as: a config there overrides a built-in one of the same name.
        var all = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.json")
                .Where(path => Path.GetFileName(path) != SchemaFileName)
                .Order(StringComparer.Ordinal))
            .ToArray();
        var configs = all.Select(TryLoad).OfType<BisectConfig>().GroupBy(c => c.Name).Select(g => g.First()).ToArray();
        var fitting = configs.Where(c => c.Detect.Count > 0 && c.Detect.All(p => graph.PathExists(badSha, p))).ToArray();
        return fitting.Length switch
        {
            1 => fitting[0],
            0 => throw new UsageException(
                $"No config in {string.Join(" or ", folders)} fits this repository. Pass --config FILE; the configs are: " +
                string.Join(", ", configs.Select(c => $"{c.SourcePath} ({c.Description})"))),
            _ => throw new UsageException(
                $"Several configs fit this repository; choose one with --config: {string.Join(", ", fitting.Select(c => c.SourcePath))}"),
        };
    }
}
