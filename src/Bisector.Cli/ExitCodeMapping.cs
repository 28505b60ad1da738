using Bisector.Core.Domain;

namespace Bisector.Cli;

/// <summary>
/// The one mapping from what a command ended with (a result's status, a night's alerts, a refused command line or
/// config, an interrupt, a failure) to the process's exit code of the contract (docs/contracts.md). Every command and
/// the host return what this gives; no other file names an exit code.
/// </summary>
internal static class ExitCodeMapping
{
    /// <summary>A command that did its job and has no verdict to report (history, config, sample, a dry run).</summary>
    public static int Done => (int)ExitCodes.CulpritFound;

    /// <summary>Bad usage or configuration: the message said what to fix.</summary>
    public static int Usage => (int)ExitCodes.Usage;

    /// <summary>Interrupted: what was done is saved, a re-run resumes.</summary>
    public static int Interrupted => (int)ExitCodes.Interrupted;

    /// <summary>Anything else: the message named the log.</summary>
    public static int Failure => (int)ExitCodes.Failure;

    /// <summary>A measuring command's result; an interrupted one is <see cref="Interrupted"/> whatever its status.</summary>
    public static int Of(BisectStatus status, bool interrupted) => (int)(status switch
    {
        _ when interrupted => ExitCodes.Interrupted,
        BisectStatus.CulpritFound or BisectStatus.Compared or BisectStatus.Profiled => ExitCodes.CulpritFound,
        BisectStatus.NoRegression => ExitCodes.NoRegression,
        BisectStatus.Ambiguous => ExitCodes.Ambiguous,
        BisectStatus.Inconclusive => ExitCodes.Inconclusive,
        BisectStatus.Interrupted => ExitCodes.Interrupted,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a status without an exit code"),
    });

    /// <summary>A night: a new regression (alerted once) or none.</summary>
    public static int OfNight(int alerts) => (int)(alerts > 0 ? ExitCodes.NewRegression : ExitCodes.CulpritFound);
}
