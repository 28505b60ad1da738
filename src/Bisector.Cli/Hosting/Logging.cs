using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Filters;
using Serilog.Formatting.Compact;

namespace Bisector.Cli.Hosting;

/// <summary>Serilog, configured once: warnings (or more, with --verbosity) to stderr, everything to a per-run JSON log.</summary>
internal static class Logging
{
    /// <summary>Marks a log event whose message the command prints itself: it goes to the log file only, so it is said once.</summary>
    public const string ShownProperty = "ShownToUser";

    /// <summary>A logger for messages already printed as "bisector: ..." on stderr.</summary>
    public static ILogger FileOnly(ILogger log) => log.ForContext(ShownProperty, true);

    public static Logger Create(Verbosity verbosity, string logPath)
    {
        var console = verbosity switch
        {
            Verbosity.Quiet => LogEventLevel.Error,
            Verbosity.Normal => LogEventLevel.Warning,
            Verbosity.Detailed => LogEventLevel.Information,
            Verbosity.Diagnostic => LogEventLevel.Debug,
            _ => throw new ArgumentOutOfRangeException(nameof(verbosity), verbosity, null),
        };
        // The log is the first thing written in the work dir: a work dir that cannot be written is said here, in one line.
        WriteFailure.CreateDirectory(Path.GetDirectoryName(logPath)!, "--work-dir");
        return new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.Logger(terminal => terminal
                .Filter.ByExcluding(Matching.WithProperty(ShownProperty))
                .WriteTo.Console(restrictedToMinimumLevel: console, standardErrorFromLevel: LogEventLevel.Verbose))
            .WriteTo.File(new CompactJsonFormatter(), logPath, restrictedToMinimumLevel: LogEventLevel.Debug)
            .CreateLogger();
    }
}
