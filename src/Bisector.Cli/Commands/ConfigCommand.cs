using Bisector.Cli.Hosting;
using Bisector.Configuration;
using Bisector.Core.Configuration;
using Bisector.Core.Domain;
using Bisector.Reporting.Text;

namespace Bisector.Cli.Commands;

/// <summary><c>bisector config check FILE</c> and <c>bisector config init</c>: write and check a config before a run needs it.</summary>
internal static class ConfigCommand
{
    /// <summary>Where <c>config init</c> writes without <c>--output</c>.</summary>
    public const string DefaultInitPath = "bisect.json";

    /// <summary>Loads the config as a run would: "ok: NAME, N benchmarks: ..." (exit 0), or the loader's one message (exit 2).</summary>
    public static int Check(string path, TextWriter output, TextWriter error)
    {
        BisectConfig config;
        try
        {
            config = ConfigLoader.Load(path);
        }
        catch (UsageException ex)
        {
            return CliHost.Refuse(error, UsageText.Describe(ex));
        }

        var benchmarks = config.Benchmarks.Values.Select(b =>
            $"{b.Name} ({b.Metric.Name}{(b.Name == config.DefaultBenchmark ? ", the default" : "")})");
        output.WriteLine($"ok: {config.Name}, {config.Benchmarks.Count} benchmark{(config.Benchmarks.Count == 1 ? "" : "s")}: {string.Join(", ", benchmarks)}");
        return ExitCodeMapping.Done;
    }

    /// <summary>Writes a commented starter config for a make-based C project; never overwrites a file.</summary>
    public static int Init(string? outputPath, TextWriter output, TextWriter error)
    {
        var path = Path.GetFullPath(outputPath ?? DefaultInitPath);
        var name = new DirectoryInfo(Environment.CurrentDirectory).Name;
        var schema = Path.Combine(AppContext.BaseDirectory, "bisect-configs", ConfigLocator.SchemaFileName);
        try
        {
            WriteFailure.CreateDirectory(Path.GetDirectoryName(path)!, "--output");
        }
        catch (UsageException ex)
        {
            return CliHost.Refuse(error, UsageText.Describe(ex));
        }

        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(StarterConfig.Render(name, schema));
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            return CliHost.Refuse(error, $"{path} already exists; choose another file with --output, or move it away first.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliHost.Refuse(error, $"cannot write {path}: {ex.Message}");
        }

        output.WriteLine($"Wrote {path}: a starter config for a make-based C project.");
        output.WriteLine("Edit its build command, artifacts and benchmark command, then:");
        output.WriteLine($"   bisector config check {outputPath ?? DefaultInitPath}");
        output.WriteLine($"   bisector run --config {outputPath ?? DefaultInitPath} --good GOOD --bad BAD");
        return ExitCodeMapping.Done;
    }
}
