namespace Bisector.Cli.Hosting;

/// <summary>How much of the log --verbosity shows on stderr (the log file keeps everything).</summary>
internal enum Verbosity
{
    /// <summary>Warnings and errors.</summary>
    Normal,

    /// <summary>Errors only.</summary>
    Quiet,

    /// <summary>Information too: each build, sample and verdict.</summary>
    Detailed,

    /// <summary>Everything, debug lines included.</summary>
    Diagnostic,
}
