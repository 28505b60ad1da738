using Bisector.Core.Domain;
using Bisector.Core.Mapping;

namespace Bisector.Core.Reverting;

/// <summary>A step of the map that a later step undid: it is not reverted at the tip, since nothing of it is left there to recover.</summary>
public sealed record UndoneStepNotReverted(CommitInfo Step, double ShiftPercent, CommitInfo UndoneBy)
{
    /// <summary>The map's steps that a later step undid, oldest first.</summary>
    public static IReadOnlyList<UndoneStepNotReverted> Of(RangeMap map) => map.Steps
        .Where(s => !s.Step.Remains && s.Step.UndoneBy is not null)
        .Select(s => new UndoneStepNotReverted(s.Commit, s.Step.Shift.Percent, map.Commit(s.Step.UndoneBy!.Value)))
        .ToArray();
}
