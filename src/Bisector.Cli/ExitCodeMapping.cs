using Bisector.Core.Domain;

namespace Bisector.Cli;

/// <summary>The one mapping from a result's status to the process's exit code.</summary>
internal static class ExitCodeMapping
{
    public static ExitCodes Of(BisectStatus status, bool interrupted) => status switch
    {
        _ when interrupted => ExitCodes.Interrupted,
        BisectStatus.CulpritFound or BisectStatus.Compared or BisectStatus.Profiled => ExitCodes.CulpritFound,
        BisectStatus.NoRegression => ExitCodes.NoRegression,
        BisectStatus.Ambiguous => ExitCodes.Ambiguous,
        BisectStatus.Inconclusive => ExitCodes.Inconclusive,
        _ => ExitCodes.Interrupted,
    };
}
