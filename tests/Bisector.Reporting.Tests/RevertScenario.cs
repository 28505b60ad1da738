using Bisector.Core.Reverting;
using Bisector.Core.Session;
using Bisector.Core.Statistics;

namespace Bisector.Reporting.Tests;

/// <summary>The sample's culprit undone at main: measured there, and, on the mapped run, the undone rise left alone; or a revert that conflicts.</summary>
internal static class RevertScenario
{
    /// <summary>A mapped run whose culprit, reverted at main, takes back most of the change; the rise undone two commits later is not reverted.</summary>
    public static BisectResult Reverted()
    {
        var mapped = SampleResults.Mapped();
        var undone = UndoneStepNotReverted.Of(mapped.Map!);
        return mapped with
        {
            RevertCheck = new RevertCheck(
                SampleResults.Culprit.Sha, SampleResults.Bad.Sha, new string('7', 40), [], new ChangeSummary(8.49, 5.72, -32.6, -33.4, -31.9, 0.0002),
                51.2, RevertCheck.Recovered(-32.6, 51.2), NotBuilt: false),
            NotReverted = undone,
        };
    }

    /// <summary>A culprit that later commits rewrote: undoing it at main conflicts, and nothing is measured.</summary>
    public static BisectResult Conflicting() => SampleResults.CulpritFound() with
    {
        RevertCheck = new RevertCheck(SampleResults.Culprit.Sha, SampleResults.Bad.Sha, null, ["ceval_macros.h"], null, 51.2, null, NotBuilt: false),
    };
}
