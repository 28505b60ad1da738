using Bisector.Core.Reverting;

namespace Bisector.Reporting.Json;

/// <summary>A step the map shows undone by a later one, which the revert check leaves alone.</summary>
internal sealed record NotRevertedJson(string Sha, double ShiftPercent, string UndoneBy)
{
    public static NotRevertedJson Of(UndoneStepNotReverted step) => new(step.Step.Sha, Math.Round(step.ShiftPercent, 2), step.UndoneBy.Sha);
}
