using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Bisector.Cli.Hosting;

/// <summary>Serilog, configured once: warnings (or more, with --verbosity) to stderr, everything to a per-run JSON log.</summary>
internal static class Logging
{
    public static Logger Create(string verbosity, string logPath)
    {
        var console = verbosity switch
        {
            "quiet" => LogEventLevel.Error,
            "normal" => LogEventLevel.Warning,
            "detailed" => LogEventLevel.Information,
            "diagnostic" => LogEventLevel.Debug,
            _ => throw new Core.Domain.UsageException($"--verbosity {verbosity}: use quiet, normal, detailed or diagnostic."),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        return new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.Console(restrictedToMinimumLevel: console, standardErrorFromLevel: LogEventLevel.Verbose)
            .WriteTo.File(new CompactJsonFormatter(), logPath, restrictedToMinimumLevel: LogEventLevel.Debug)
            .CreateLogger();
    }
}
