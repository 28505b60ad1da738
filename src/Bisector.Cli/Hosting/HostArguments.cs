using System.Globalization;
using Bisector.Core.Domain;
using Bisector.Core.Statistics;
using Bisector.Execution.Benchmarks;

namespace Bisector.Cli.Hosting;

/// <summary>The shared options written back as command-line arguments, with paths made absolute, so a report's command repeats the run from anywhere.</summary>
internal static class HostArguments
{
    /// <summary>Arguments joined into one line a shell reads back the same.</summary>
    public static string Join(IEnumerable<string> arguments) => string.Join(' ', arguments.Select(Quote));

    public static IEnumerable<string> Of(HostOptions options)
    {
        yield return "--repo";
        yield return Path.GetFullPath(options.Repo);
        foreach (var (name, value) in new (string, string?)[]
        {
            ("--config", options.Config is { } c ? InvokedCommand.ConfigSource(c) : null),
            ("--benchmark", options.Benchmark),
            ("--work-dir", options.WorkDir is { } w ? Path.GetFullPath(w) : null),
            ("--metric", options.Metric?.Name),
            ("--cpu", options.Cpu),
            ("--direction", options.Direction == Direction.Slower ? null : Directions.All.Name(options.Direction)),
            ("--max-samples", options.MaxSamples?.ToString(CultureInfo.InvariantCulture)),
            ("--threshold", options.ThresholdPercent?.ToString(CultureInfo.InvariantCulture)),
            ("--jobs", options.Jobs == 1 ? null : options.Jobs.ToString(CultureInfo.InvariantCulture)),
            ("--executor", options.Executor == ExecutorKind.Local ? null : Executors.All.Name(options.Executor)),
        })
        {
            if (value is not null)
            {
                yield return name;
                yield return value;
            }
        }

        if (options.WaitForQuiet)
        {
            yield return "--wait-for-quiet";
        }

        if (options.BuildAhead is { } buildAhead)
        {
            yield return buildAhead ? "--build-ahead" : "--no-build-ahead";
        }
    }

    /// <summary>Plain words stay as they are, so the command reads naturally; anything else is quoted for bash.</summary>
    private static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=~^@+,".Contains(c, StringComparison.Ordinal)) ? text : Shell.Quote(text);
}
